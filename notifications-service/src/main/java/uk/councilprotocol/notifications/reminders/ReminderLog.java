package uk.councilprotocol.notifications.reminders;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.mail.SentMail;
import uk.councilprotocol.notifications.mail.SentMailRepository;
import uk.councilprotocol.platform.errors.InvalidInputException;

import java.util.List;

/** What was planned and what was sent: the read side shared by the HTTP and gRPC adapters. */
@Singleton
public class ReminderLog {
    private static final int MAX_MAIL = 1000;

    private final ReminderRepository reminders;
    private final SentMailRepository sentMail;

    public ReminderLog(ReminderRepository reminders, SentMailRepository sentMail) {
        this.reminders = reminders;
        this.sentMail = sentMail;
    }

    public List<Reminder> reminders(String personId, String subjectId) {
        if (subjectId != null && !subjectId.isBlank()) {
            return reminders.findBySubjectIdOrderBySendAt(subjectId);
        }
        if (personId != null && !personId.isBlank()) {
            return reminders.findByPersonIdOrderBySendAt(personId);
        }
        throw new InvalidInputException(List.of(
                uk.councilprotocol.platform.errors.FieldViolation.of("person_id", "give a person_id or a subject_id"),
                uk.councilprotocol.platform.errors.FieldViolation.of("subject_id", "give a person_id or a subject_id")));
    }

    public List<SentMail> sentMail(int limit) {
        if (limit < 0 || limit > MAX_MAIL) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_MAIL);
        }
        return sentMail.latest(limit == 0 ? 100 : limit);
    }
}
