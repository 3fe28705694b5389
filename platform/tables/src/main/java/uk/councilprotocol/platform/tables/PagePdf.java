package uk.councilprotocol.platform.tables;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page a service already writes as HTML, printed as a PDF: jsoup reads the HTML (forgiving, as a browser is) and
 * openhtmltopdf lays it out with its own CSS, A4 unless the page's {@code @page} rule says otherwise. Nothing is
 * fetched: a page that links an outside image or style sheet prints without it.
 */
public final class PagePdf {
    private PagePdf() {
    }

    public static byte[] of(String html) {
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUriResolver((base, uri) -> null);   // no fetching from the network while printing
            builder.withW3cDocument(document, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the page could not be printed as a PDF", e);
        }
        return out.toByteArray();
    }
}
