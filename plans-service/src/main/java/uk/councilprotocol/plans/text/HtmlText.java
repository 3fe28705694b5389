package uk.councilprotocol.plans.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Text as a person reads it from a cell that a document converter filled with HTML: tags dropped, entities decoded,
 * list items kept as bullets (so a cell of several actions can still be split), white space collapsed. jsoup does
 * the parsing; plain text passes through with only its white space collapsed.
 */
public final class HtmlText {
    private HtmlText() {
    }

    public static String plain(String cell) {
        if (cell.indexOf('<') < 0 && cell.indexOf('&') < 0) {
            return cell.replaceAll("\\s+", " ").strip();
        }
        Document fragment = Jsoup.parseBodyFragment(cell);
        fragment.select("li").forEach(item -> item.prependText("• "));
        return fragment.body().text().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
