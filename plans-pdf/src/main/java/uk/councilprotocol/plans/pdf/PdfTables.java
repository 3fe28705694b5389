package uk.councilprotocol.plans.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ruled tables of a PDF, as tabula-java finds them from the lines drawn around their cells (a committee paper's
 * tables are ruled: Word draws its table borders into the PDF). A table that runs on over a page break comes back as
 * one table a page, as pasting it page by page would give it; the plan reader knows a header repeated on a new page.
 */
public final class PdfTables {
    private PdfTables() {
    }

    /** @return each table as its rows of cells' text, in reading order; a cell's lines run on with spaces */
    public static List<List<List<String>>> read(byte[] pdf) throws IOException {
        List<List<List<String>>> tables = new ArrayList<>();
        try (PDDocument document = PDDocument.load(pdf); ObjectExtractor extractor = new ObjectExtractor(document)) {
            SpreadsheetExtractionAlgorithm ruled = new SpreadsheetExtractionAlgorithm();
            PageIterator pages = extractor.extract();
            while (pages.hasNext()) {
                Page page = pages.next();
                for (Table table : ruled.extract(page)) {
                    List<List<String>> rows = rows(table);
                    if (!rows.isEmpty()) {
                        tables.add(rows);
                    }
                }
            }
        }
        return tables;
    }

    @SuppressWarnings("rawtypes")
    private static List<List<String>> rows(Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<RectangularTextContainer> row : table.getRows()) {
            List<String> cells = row.stream().map(cell -> cell.getText().replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {2,}", " ").strip())
                    .toList();
            if (cells.stream().anyMatch(text -> !text.isEmpty())) {
                rows.add(new ArrayList<>(cells));
            }
        }
        return rows;
    }
}
