package uk.councilprotocol.plans.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The committee report as a Word document (Office Open XML, written directly: a table per the seed 002 layout,
 * landscape A4), so the Monitoring Officer can add it to the committee's papers and edit it like any other.
 */
final class ReportDocx {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private ReportDocx() {
    }

    static byte[] render(CommitteeReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/document.xml", document(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String document(CommitteeReport report) {
        StringBuilder body = new StringBuilder(32_768);
        body.append(paragraph(ReportText.title(report), true, 32, null));
        body.append(paragraph(ReportText.subtitle(report), false, 20, null));
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        for (String side : new String[]{"top", "left", "bottom", "right", "insideH", "insideV"}) {
            body.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"505A5F\"/>");
        }
        body.append("</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"5200\"/><w:gridCol w:w=\"6400\"/>")
                .append("<w:gridCol w:w=\"1500\"/><w:gridCol w:w=\"1000\"/></w:tblGrid>");
        body.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>").append(cell("Action", true, "F3F2F1", 1))
                .append(cell("Further description", true, "F3F2F1", 1)).append(cell("Status", true, "F3F2F1", 1))
                .append(cell("RAG", true, "F3F2F1", 1)).append("</w:tr>");
        for (CommitteeReport.Section section : report.sections()) {
            String heading = section.theme() + (section.lead().isBlank() ? "" : " (lead: " + section.lead() + ")")
                    + " \u2014 " + section.progress() + "% complete";
            body.append("<w:tr>").append(cell(heading, true, "DBE5F1", 4)).append("</w:tr>");
            for (CommitteeReport.Line line : section.lines()) {
                StringBuilder action = new StringBuilder(paragraph("\u2022 " + (line.reference().isBlank() ? "" : line.reference() + ". ")
                        + line.action(), false, 20, null));
                String details = ReportText.details(line);
                if (!details.isBlank()) {
                    action.append(paragraph(details, false, 16, "505A5F"));
                }
                StringBuilder further = new StringBuilder();
                if (line.furtherDescription().isEmpty()) {
                    further.append(paragraph(ReportText.noProgress(), false, 20, "505A5F"));
                }
                line.furtherDescription().forEach(d -> further.append(paragraph(d, false, 20, null)));
                if (!line.evidence().isBlank()) {
                    further.append(paragraph("Evidence: " + line.evidence(), true, 20, null));
                }
                body.append("<w:tr>").append(rawCell(action.toString(), null, 1)).append(rawCell(further.toString(), null, 1))
                        .append(cell(line.status(), false, null, 1))
                        .append(rawCell(paragraph(line.rag(), true, 20, "FFFFFF"), ReportText.colour(line.rag()), 1)).append("</w:tr>");
            }
        }
        body.append("</w:tbl>");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\"><w:body>"
                + body + "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
                + "</w:sectPr></w:body></w:document>";
    }

    private static String cell(String text, boolean bold, String fill, int span) {
        return rawCell(paragraph(text, bold, 20, null), fill, span);
    }

    private static String rawCell(String paragraphs, String fill, int span) {
        return "<w:tc><w:tcPr>" + (span > 1 ? "<w:gridSpan w:val=\"" + span + "\"/>" : "")
                + (fill == null ? "" : "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + fill + "\"/>")
                + "</w:tcPr>" + paragraphs + "</w:tc>";
    }

    private static String paragraph(String text, boolean bold, int halfPoints, String colour) {
        return "<w:p><w:r><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/>" + (bold ? "<w:b/>" : "")
                + (colour == null ? "" : "<w:color w:val=\"" + colour + "\"/>") + "<w:sz w:val=\"" + halfPoints + "\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
