package uk.councilprotocol.notifications.training;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.templates.NoticeKind;
import uk.councilprotocol.notifications.templates.TemplateSamples;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A training reminder's preview, filled from the council's own assignments: the next one due for the reminder before
 * the due date, the one most recently overdue for the overdue reminder; an example when the council has none.
 */
@Singleton
class TrainingTemplateSamples implements TemplateSamples {
    private final TrainingAssignmentRepository assignments;
    private final ContactBook contacts;
    private final Clock clock;

    TrainingTemplateSamples(TrainingAssignmentRepository assignments, ContactBook contacts, Clock clock) {
        this.assignments = assignments;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public Set<NoticeKind> kinds() {
        return Set.of(NoticeKind.TRAINING_DUE, NoticeKind.TRAINING_OVERDUE);
    }

    @Override
    public Sample sample(NoticeKind kind) {
        LocalDate today = LocalDate.now(clock);
        Optional<TrainingAssignment> real = kind == NoticeKind.TRAINING_DUE
                ? assignments.findFirstByOpenAndDueDateGreaterThanEqualsOrderByDueDate(true, today)
                : assignments.findFirstByOpenAndDueDateLessThanOrderByDueDateDesc(true, today);
        return real.map(a -> {
            String name = contacts.find(a.personId()).map(Contact::fullName).orElse(a.personId());
            return new Sample(name, TrainingReminderContent.values(a, name, ChronoUnit.DAYS.between(today, a.dueDate())),
                    name + "'s " + a.courseTitle() + ", due " + Letter.longDate(a.dueDate()));
        }).orElseGet(() -> example(kind, today));
    }

    private static Sample example(NoticeKind kind, LocalDate today) {
        long days = kind == NoticeKind.TRAINING_DUE ? 7 : -3;
        TrainingAssignment example = new TrainingAssignment(new UUID(0, 0), "EXAMPLE", "NOLAN_PRINCIPLES",
                "Nolan Principles of Public Life", today.plusDays(days), true, null);
        return new Sample("Alex Example", TrainingReminderContent.values(example, "Alex Example", days),
                "an example: no training of your council's is " + (days > 0 ? "due yet" : "overdue"));
    }
}
