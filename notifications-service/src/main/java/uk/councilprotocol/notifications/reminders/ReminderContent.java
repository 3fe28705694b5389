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

    record Rendered(OutgoingMail mail, String skipReason) {
        public static Rendered send(OutgoingMail mail) {
            return new Rendered(mail, null);
        }

        public static Rendered skip(String reason) {
            return new Rendered(null, reason);
        }
    }
}
