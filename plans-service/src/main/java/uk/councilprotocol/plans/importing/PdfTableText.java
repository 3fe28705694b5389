package uk.councilprotocol.plans.importing;

import uk.councilprotocol.plans.pdf.PdfTables;
import uk.councilprotocol.platform.errors.InvalidInputException;

import java.io.IOException;
import java.util.List;

/**
 * The tables of a committee paper as a PDF (read by tabula-java from their ruled cells), laid out as pasting them from
 * the paper lays them out: a row a line, cells separated by tabs, a blank line between tables, so one reader serves
 * pasted text, Word and PDF alike (a table split by a page break reads on, its header repeated or not).
 */
public final class PdfTableText {
    private PdfTableText() {
    }

    public static String asText(byte[] pdf) {
        if (pdf.length > DocxTables.MAX_BYTES) {
            throw InvalidInputException.of("pdf", "is larger than 20 MB");
        }
        List<List<List<String>>> tables;
        try {
            tables = PdfTables.read(pdf);
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("pdf", "is not a PDF that can be read");
        }
        if (tables.isEmpty()) {
            throw InvalidInputException.of("pdf", "has no ruled tables: the plan's actions are read from its tables "
                    + "(a scanned paper has no text to read; paste its table instead)");
        }
        return String.join("\n\n", tables.stream()
                .map(rows -> String.join("\n", rows.stream().map(cells -> String.join("\t", cells)).toList())).toList());
    }
}
