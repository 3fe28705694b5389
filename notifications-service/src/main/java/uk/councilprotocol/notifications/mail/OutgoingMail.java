package uk.councilprotocol.notifications.mail;

import java.util.List;

/**
 * One email, in plain text and HTML. {@code body} is what it says without greeting or footer (what a weekly summary
 * gathers). {@code messageId} is fixed per reminder so a resend is recognisable.
 */
public record OutgoingMail(String to, List<String> cc, String subject, String body, String text, String html, String messageId) {
}
