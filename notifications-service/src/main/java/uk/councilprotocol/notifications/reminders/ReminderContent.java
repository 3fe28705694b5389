package uk.councilprotocol.notifications.reminders;

import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.mail.OutgoingMail;

import java.util.Optional;

/**
 * Writes the email for reminders of one subject type: one implementation per thing the platform reminds people
 * about (training assignments, enquiries, actions). The dispatcher has already found the recipient, active.
 */
public interface ReminderContent {

    String subjectType();

    /** The email to send to the recipient, or a reason not to send it (the subject is closed or has moved on). */
    Rendered render(Reminder reminder, Contact recipient);

    /**
     * Whether a reminder of this kind waits for the council's sending hours ({@link SendWindow}) when its time comes
     * outside them. By default it does not: a notice of something just done, or an urgent one, goes at once.
     */
    default boolean waitsForSendWindow(String kind) {
        return false;
    }

    /**
     * Someone else the email would copy whose details have not arrived yet (an overdue notice's line manager): their
     * PersonRegistered may come on another partition, read after the event that made the reminder due. By default
     * the email names no one else.
     */
    default Optional<String> awaitsCopied(Reminder reminder, Contact recipient) {
        return Optional.empty();
    }

    record Rendered(OutgoingMail mail, String skipReason) {
        public static Rendered send(OutgoingMail mail) {
            return new Rendered(mail, null);
        }

        public static Rendered skip(String reason) {
            return new Rendered(null, reason);
        }
    }
}
