package uk.councilprotocol.platform.tables;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagePdfTest {

    @Test
    void aPageWithTablesAndLooseHtmlPrintsItsText() throws Exception {
        // unclosed tags and an outside image, as pages in the wild have: printed, not refused, and nothing fetched
        byte[] pdf = PagePdf.of("<html><head><style>h1 { font-size: 18pt }</style></head><body><h1>Training transcript"
                + "<p>Cllr Margaret Hughes &ndash; 2 courses<img src='http://192.0.2.1/logo.png'>"
                + "<table><tr><th>Course<th>Completed<tr><td>Nolan Principles<td>12 May 2026</table>");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Training transcript", "Cllr Margaret Hughes \u2013 2 courses", "Nolan Principles", "12 May 2026");
        }
    }
}
