package uk.councilprotocol.notifications.mail;

import java.util.List;

/** One email, in plain text and HTML. {@code messageId} is fixed per reminder so a resend is recognisable. */
public record OutgoingMail(String to, List<String> cc, String subject, String text, String html, String messageId) {
}
