package uk.councilprotocol.plans.importing;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import uk.councilprotocol.platform.errors.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a committee paper as a Word {@code .docx} (read with Apache POI), laid out as pasting them from Word
 * lays them out: a row a line, cells separated by tabs, a blank line between tables. A cell's paragraphs run on with
 * spaces, a list item keeping its bullet, so the reader splits run-on actions as it does pasted ones.
 */
public final class DocxTables {
    /** A committee paper is a few hundred kilobytes; anything far larger is not one. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private DocxTables() {
    }

    public static String asText(byte[] docx) {
        if (docx.length > MAX_BYTES) {
            throw InvalidInputException.of("docx", "is larger than 20 MB");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> tables = new ArrayList<>();
            for (XWPFTable table : document.getTables()) {
                List<String> rows = new ArrayList<>();
                for (XWPFTableRow row : table.getRows()) {
                    rows.add(String.join("\t", row.getTableCells().stream().map(DocxTables::cell).toList()));
                }
                tables.add(String.join("\n", rows));
            }
            if (tables.isEmpty()) {
                throw InvalidInputException.of("docx", "has no tables: the plan's actions are read from its tables");
            }
            return String.join("\n\n", tables);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("docx", "is not a Word document (.docx) that can be read");
        }
    }

    private static String cell(XWPFTableCell cell) {
        List<String> paragraphs = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            String text = paragraph.getText().replaceAll("[\\t\\r\\n]+", " ").strip();
            if (!text.isEmpty()) {
                paragraphs.add(paragraph.getNumID() != null && !text.startsWith("•") ? "• " + text : text);
            }
        }
        return String.join(" ", paragraphs);
    }
}
