package uk.councilprotocol.notifications.reminders;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.mail.SentMail;
import uk.councilprotocol.notifications.mail.SentMailRepository;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.security.Roles;

import java.util.List;
import uk.councilprotocol.platform.errors.FieldViolation;

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

    /**
     * HR and the administrator see any reminders; a person sees their own; the Members Support Hub sees the emails
     * about one Councillor enquiry (subject_id = its reference), for the enquiry's timeline.
     */
    public List<Reminder> reminders(String personId, String subjectId, Caller caller) {
        boolean all = caller.hasAny(Roles.HR, Roles.ADMIN);
        if (!all && caller.has(Roles.HUB) && subjectId != null && subjectId.startsWith("MEM-")) {
            return reminders.findBySubjectIdOrderBySendAt(subjectId).stream()
                    .filter(r -> r.subjectType().equals("enquiry")).toList();
        }
        if (!all && (personId == null || !caller.is(personId) || (subjectId != null && !subjectId.isBlank()))) {
            throw new ForbiddenException("you may see only your own reminders (person_id = your id)");
        }
        if (subjectId != null && !subjectId.isBlank()) {
            return reminders.findBySubjectIdOrderBySendAt(subjectId);
        }
        if (personId != null && !personId.isBlank()) {
            return reminders.findByPersonIdOrderBySendAt(personId);
        }
        throw new InvalidInputException(List.of(
                FieldViolation.of("person_id", "give a person_id or a subject_id"),
                FieldViolation.of("subject_id", "give a person_id or a subject_id")));
    }

    /** The sent-mail log: for the administrator, HR and the Monitoring Officer. */
    public List<SentMail> sentMail(int limit, Caller caller) {
        caller.require(Roles.ADMIN, Roles.HR, Roles.STANDARDS);
        if (limit < 0 || limit > MAX_MAIL) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_MAIL);
        }
        return sentMail.latest(limit == 0 ? 100 : limit);
    }
}
