package uk.councilprotocol.notifications.reminders;

import uk.councilprotocol.notifications.mail.OutgoingMail;

/**
 * Writes the email for reminders of one subject type. One implementation per thing the platform reminds
 * people about (training assignments now; enquiries and actions later).
 */
public interface ReminderContent {

    String subjectType();

    /** The email to send, or a reason not to send it (the subject is closed, nobody to write to). */
    Rendered render(Reminder reminder);

    record Rendered(OutgoingMail mail, String skipReason) {
        public static Rendered send(OutgoingMail mail) {
            return new Rendered(mail, null);
        }

        public static Rendered skip(String reason) {
            return new Rendered(null, reason);
        }
    }
}
