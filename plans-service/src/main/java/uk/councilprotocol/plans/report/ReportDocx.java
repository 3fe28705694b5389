package uk.councilprotocol.plans.report;

import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * The committee report as a Word document (Apache POI: a table per the seed 002 layout, landscape A4), so the
 * Monitoring Officer can add it to the committee's papers and edit it like any other.
 */
final class ReportDocx {
    private static final String BORDER = "505A5F";
    private static final String SECONDARY_TEXT = "505A5F";
    private static final String HEADER_FILL = "F3F2F1";
    private static final String THEME_FILL = "DBE5F1";
    /** Column widths in twentieths of a point: action, further description, status, RAG. */
    private static final int[] COLUMNS = {5200, 6400, 1500, 1000};

    private ReportDocx() {
    }

    static byte[] render(CommitteeReport report) {
        try (XWPFDocument document = new XWPFDocument()) {
            write(document.createParagraph(), ReportText.title(report), Style.TITLE);
            write(document.createParagraph(), ReportText.subtitle(report), Style.BODY);
            table(document, report);
            landscapeA4(document);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, CommitteeReport report) {
        XWPFTable table = document.createTable(1, COLUMNS.length);
        table.setWidthType(TableWidthType.PCT);
        table.setWidth("100%");
        XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(single, 4, 0, BORDER);
        table.setBottomBorder(single, 4, 0, BORDER);
        table.setLeftBorder(single, 4, 0, BORDER);
        table.setRightBorder(single, 4, 0, BORDER);
        table.setInsideHBorder(single, 4, 0, BORDER);
        table.setInsideVBorder(single, 4, 0, BORDER);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        String[] headings = {"Action", "Further description", "Status", "RAG"};
        for (int c = 0; c < headings.length; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setWidth(String.valueOf(COLUMNS[c]));
            cell.setColor(HEADER_FILL);
            write(cell.getParagraphs().get(0), headings[c], Style.BOLD);
        }
        for (CommitteeReport.Section section : report.sections()) {
            XWPFTableCell theme = table.createRow().getCell(0);
            spanWholeRow(theme);
            theme.setColor(THEME_FILL);
            write(theme.getParagraphs().get(0), ReportText.heading(section), Style.BOLD);
            for (CommitteeReport.Line line : section.lines()) {
                actionRow(table.createRow(), line);
            }
        }
    }

    private static void actionRow(XWPFTableRow row, CommitteeReport.Line line) {
        XWPFTableCell action = row.getCell(0);
        write(action.getParagraphs().get(0), ReportText.action(line), Style.BODY);
        String details = ReportText.details(line);
        if (!details.isBlank()) {
            write(action.addParagraph(), details, Style.SMALL);
        }
        XWPFTableCell further = row.getCell(1);
        if (line.furtherDescription().isEmpty()) {
            write(further.getParagraphs().get(0), ReportText.noProgress(), Style.SECONDARY);
        } else {
            write(further.getParagraphs().get(0), line.furtherDescription().get(0), Style.BODY);
            line.furtherDescription().stream().skip(1).forEach(d -> write(further.addParagraph(), d, Style.BODY));
        }
        if (!line.evidence().isBlank()) {
            write(further.addParagraph(), "Evidence: " + line.evidence(), Style.BOLD);
        }
        write(row.getCell(2).getParagraphs().get(0), line.status(), Style.BODY);
        XWPFTableCell rag = row.getCell(3);
        rag.setColor(ReportText.colour(line.rag()));
        write(rag.getParagraphs().get(0), line.rag(), Style.ON_COLOUR);
    }

    /** A theme's heading runs across all four columns. */
    private static void spanWholeRow(XWPFTableCell first) {
        XWPFTableRow row = first.getTableRow();
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        first.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(COLUMNS.length));
    }

    private enum Style {
        TITLE(true, 16, null), BODY(false, 10, null), BOLD(true, 10, null), SMALL(false, 8, SECONDARY_TEXT),
        SECONDARY(false, 10, SECONDARY_TEXT), ON_COLOUR(true, 10, "FFFFFF");

        final boolean bold;
        final int points;
        final String colour;

        Style(boolean bold, int points, String colour) {
            this.bold = bold;
            this.points = points;
            this.colour = colour;
        }
    }

    private static void write(XWPFParagraph paragraph, String text, Style style) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Arial");
        run.setFontSize(style.points);
        run.setBold(style.bold);
        if (style.colour != null) {
            run.setColor(style.colour);
        }
        run.setText(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
    }

    private static void landscapeA4(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        CTPageMar margins = section.addNewPgMar();
        BigInteger twoCentimetres = BigInteger.valueOf(1134);
        margins.setTop(twoCentimetres);
        margins.setBottom(twoCentimetres);
        margins.setLeft(twoCentimetres);
        margins.setRight(twoCentimetres);
    }
}
