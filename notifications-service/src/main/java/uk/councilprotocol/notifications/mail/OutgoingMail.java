package uk.councilprotocol.notifications.mail;

import io.micronaut.core.annotation.Nullable;

import uk.councilprotocol.notifications.voice.Voice;

import java.util.List;

/**
 * One email, in plain text and HTML. {@code body} is what it says without greeting or footer (what a weekly summary
 * gathers). {@code messageId} is fixed per reminder so a resend is recognisable. {@code senderName} and
 * {@code replyTo} are the council's (none: the deployment's sender, no Reply-To). {@code invite}: a deadline for the
 * recipient's calendar, or none. {@code logo}: the council's, which the HTML shows as an inline image (SMTP; Notify
 * brands its emails itself).
 */
public record OutgoingMail(String to, List<String> cc, String subject, String body, String text, String html, String messageId,
                           @Nullable String senderName, @Nullable String replyTo, @Nullable CalendarInvite invite,
                           @Nullable Voice.Logo logo) {

    /** The same email with a calendar invite for the deadline it is about (the SMTP channel sends it; Notify cannot). */
    public OutgoingMail withInvite(CalendarInvite calendarInvite) {
        return new OutgoingMail(to, cc, subject, body, text, html, messageId, senderName, replyTo, calendarInvite, logo);
    }
}
