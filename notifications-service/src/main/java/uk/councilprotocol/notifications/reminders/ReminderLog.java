package uk.councilprotocol.notifications.reminders;

import uk.councilprotocol.platform.paging.Paged;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.mail.SentMail;
import uk.councilprotocol.notifications.mail.SentMailRepository;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.paging.PageRequest;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.platform.security.Roles;

import java.util.List;
import uk.councilprotocol.platform.errors.FieldViolation;

/** What was planned and what was sent: the read side shared by the HTTP and gRPC adapters. */
@Singleton
public class ReminderLog {
    private static final int MAX_MAIL = 1000;
    private static final int DEFAULT_MAIL_PAGE = 50;

    private final ReminderRepository reminders;
    private final SentMailRepository sentMail;
    private final ContactBook contacts;

    public ReminderLog(ReminderRepository reminders, SentMailRepository sentMail, ContactBook contacts) {
        this.contacts = contacts;
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

    /**
     * The sent-mail log, newest first, a page at a time, searched by recipient or subject: for the administrator, HR
     * and the Monitoring Officer. {@code limit} is the older name for the page size, read when none is given.
     */
    public Paged<SentMail> sentMail(int pageSize, int limit, String pageToken, int skip, @Nullable String query, Caller caller) {
        caller.require(Roles.ADMIN, Roles.HR, Roles.STANDARDS);
        if (pageSize == 0 && limit != 0) {
            if (limit < 0 || limit > MAX_MAIL) {
                throw InvalidInputException.of("limit", "must be between 1 and " + MAX_MAIL);
            }
            pageSize = limit;
        }
        PageRequest page = PageRequest.of(pageSize, pageToken, skip, DEFAULT_MAIL_PAGE, MAX_MAIL);
        String pattern = PageRequest.containing(query);
        List<SentMail> mail = sentMail.findPage(pattern, page.size(), page.offset());
        int total = sentMail.countMatching(pattern);
        return page.answer(mail, total);
    }

    /** The addresses the mail server refused for good that people still have: for HR, the Hub, the Monitoring Officer and the administrator to put right. */
    public List<ContactBook.Undeliverable> undeliverable(Caller caller) {
        caller.require(Roles.ADMIN, Roles.HR, Roles.HUB, Roles.STANDARDS);
        return contacts.undeliverable();
    }
}
