package uk.councilprotocol.enquiries.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.jsoup.Jsoup;
import uk.councilprotocol.platform.errors.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** What the Hub needs from an .eml file: who sent it, when, its subject, its text and its attachments. */
record EmailMessage(String from, Instant sent, String subject, String body, List<File> attachments) {

    record File(String filename, String contentType, byte[] content) {
    }

    static EmailMessage parse(byte[] eml) {
        if (eml == null || eml.length == 0) {
            throw InvalidInputException.of("file", "is empty; upload the .eml file as the request body");
        }
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
            if (message.getFrom() == null || message.getFrom().length == 0) {
                throw InvalidInputException.of("from", "the email has no sender");
            }
            String from = ((InternetAddress) message.getFrom()[0]).getAddress();
            String subject = message.getSubject() == null || message.getSubject().isBlank() ? "(no subject)" : message.getSubject();
            Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            List<File> attachments = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(message, text, html, attachments);
            String body = text.length() > 0 ? text.toString().strip() : Jsoup.parse(html.toString()).text();
            return new EmailMessage(from, sent, subject, body.isEmpty() ? "(no text)" : body, attachments);
        } catch (MessagingException | IOException | ClassCastException e) {
            throw InvalidInputException.of("file", "is not a readable email (.eml): " + e.getMessage());
        }
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html, List<File> attachments)
            throws MessagingException, IOException {
        String disposition = part.getDisposition();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, html, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(disposition) || part.getFileName() != null) {
            String name = part.getFileName() == null ? "attachment" : MimeUtility.decodeText(part.getFileName());
            attachments.add(new File(name, part.getContentType().split(";")[0].strip(), part.getInputStream().readAllBytes()));
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent()).append('\n');
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent()).append('\n');
        }
    }
}
