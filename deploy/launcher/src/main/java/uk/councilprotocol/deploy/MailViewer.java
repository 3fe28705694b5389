package uk.councilprotocol.deploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import uk.councilprotocol.testkit.MailServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

/** A small web page listing the mail the local SMTP server received, newest first, so a person can read it. */
public final class MailViewer implements AutoCloseable {
    private final HttpServer server;
    private final MailServer mail;

    public MailViewer(MailServer mail, int port) throws IOException {
        this.mail = mail;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::list);
        server.start();
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    private void list(HttpExchange exchange) throws IOException {
        List<MimeMessage> messages = distinct(mail.received());
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<title>Local mail</title><meta http-equiv=\"refresh\" content=\"10\"><style>"
                + "body{font-family:Arial,sans-serif;margin:2em;max-width:60em}article{border-top:1px solid #b1b4b6;"
                + "padding:1em 0}pre{white-space:pre-wrap}.meta{color:#505a5f}</style></head><body>"
                + "<h1>Mail received by the local SMTP server</h1><p>" + messages.size() + " message(s). "
                + "This page refreshes every 10 seconds.</p>");
        for (int i = messages.size() - 1; i >= 0; i--) {
            MimeMessage message = messages.get(i);
            try {
                html.append("<article><h2>").append(escape(message.getSubject())).append("</h2><p class=\"meta\">To: ")
                        .append(escape(Arrays.toString(message.getRecipients(Message.RecipientType.TO))));
                if (message.getRecipients(Message.RecipientType.CC) != null) {
                    html.append(" &middot; Cc: ").append(escape(Arrays.toString(message.getRecipients(Message.RecipientType.CC))));
                }
                html.append(" &middot; ").append(message.getSentDate()).append("</p><pre>")
                        .append(escape(plainText(message))).append("</pre></article>");
            } catch (Exception e) {
                html.append("<article>unreadable message: ").append(escape(e.toString())).append("</article>");
            }
        }
        byte[] body = html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The server keeps one copy per recipient; show each message once. */
    private static List<MimeMessage> distinct(List<MimeMessage> messages) {
        Set<String> seen = new HashSet<>();
        return messages.stream().filter(m -> {
            try {
                return seen.add(String.valueOf(m.getMessageID()));
            } catch (Exception e) {
                return true;
            }
        }).toList();
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
