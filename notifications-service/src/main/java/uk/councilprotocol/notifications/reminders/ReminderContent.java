package uk.councilprotocol.notifications.reminders;

import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.mail.OutgoingMail;

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

    record Rendered(OutgoingMail mail, String skipReason) {
        public static Rendered send(OutgoingMail mail) {
            return new Rendered(mail, null);
        }

        public static Rendered skip(String reason) {
            return new Rendered(null, reason);
        }
    }
}
