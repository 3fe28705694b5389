package uk.councilprotocol.notifications.mail;

import java.util.List;

/**
 * One email written the same way everywhere: a greeting, the paragraphs that matter (the first in bold), a
 * footer saying it is automatic; in plain text and escaped HTML.
 */
public final class Letter {
    private static final String FOOTER = "This is an automatic message from the council's Councillor/Officer "
            + "Relations platform. Please do not reply to it.";

    private Letter() {
    }

    public static OutgoingMail compose(String to, List<String> cc, String subject, String recipientName,
                                       List<String> paragraphs, String messageId) {
        StringBuilder text = new StringBuilder("Dear ").append(recipientName).append(",\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><body style=\"font-family: Arial, sans-serif\">")
                .append("<p>Dear ").append(escape(recipientName)).append(",</p>");
        for (int i = 0; i < paragraphs.size(); i++) {
            text.append(paragraphs.get(i)).append("\n\n");
            html.append(i == 0 ? "<p><strong>" : "<p>").append(escape(paragraphs.get(i))).append(i == 0 ? "</strong></p>" : "</p>");
        }
        text.append(FOOTER).append('\n');
        html.append("<p style=\"color:#505a5f\">").append(escape(FOOTER)).append("</p></body></html>");
        return new OutgoingMail(to, cc, subject, text.toString(), html.toString(), messageId);
    }

    /** A letter's text without its greeting and footer: what a digest gathers. */
    public static String bodyOf(String text) {
        String body = text.startsWith("Dear ") && text.contains("\n\n") ? text.substring(text.indexOf("\n\n") + 2) : text;
        int footer = body.indexOf(FOOTER);
        return (footer >= 0 ? body.substring(0, footer) : body).strip();
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
