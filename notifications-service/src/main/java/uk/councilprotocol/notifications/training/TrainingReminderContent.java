package uk.councilprotocol.notifications.training;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.voice.CouncilVoices;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.notifications.mail.CalendarInvite;
import uk.councilprotocol.notifications.reminders.CalendarChanges;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.mail.OutgoingMail;
import uk.councilprotocol.notifications.reminders.Reminder;
import uk.councilprotocol.notifications.reminders.ReminderContent;
import uk.councilprotocol.notifications.templates.NoticeKind;
import uk.councilprotocol.notifications.templates.NoticeTemplates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The emails about mandatory training: due soon, and overdue (with the line manager, or a councillor's group leader, copied). */
@Singleton
public class TrainingReminderContent implements ReminderContent {
    private final TrainingAssignmentRepository assignments;
    private final ContactBook contacts;
    private final CouncilVoices voices;
    private final Clock clock;
    private final NoticeTemplates templates;

    public TrainingReminderContent(TrainingAssignmentRepository assignments, ContactBook contacts, Clock clock, CouncilVoices voices,
                                  NoticeTemplates templates) {
        this.templates = templates;
        this.voices = voices;
        this.assignments = assignments;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public String subjectType() {
        return TrainingReminders.SUBJECT;
    }

    /**
     * Every training reminder (before the due date, and overdue) is a reminder: it waits for the sending hours. A
     * calendar change answers something just done (more time agreed, training recorded), so it goes at once.
     */
    @Override
    public boolean waitsForSendWindow(String kind) {
        return !CalendarChanges.isChange(kind);
    }

    /** An overdue notice copies the person's line manager: it waits a little for their details if they are not in yet. */
    @Override
    public Optional<String> awaitsCopied(Reminder reminder, Contact person) {
        if (!TrainingReminders.OVERDUE.equals(reminder.kind()) || person.lineManagerId() == null) {
            return Optional.empty();
        }
        return contacts.find(person.lineManagerId()).isPresent() ? Optional.empty() : Optional.of(person.lineManagerId());
    }

    @Override
    public Rendered render(Reminder reminder, Contact person) {
        Optional<TrainingAssignment> assignment = assignments.findById(UUID.fromString(reminder.subjectId()));
        if (CalendarChanges.REMOVED.equals(reminder.kind())) {
            return assignment.filter(a -> !a.open()).map(a -> Rendered.send(removedFromCalendar(reminder, a, person)))
                    .orElseGet(() -> Rendered.skip("the assignment is open again"));
        }
        if (assignment.isEmpty() || !assignment.get().open()) {
            return Rendered.skip("the assignment is no longer open");
        }
        if (CalendarChanges.MOVED.equals(reminder.kind())) {
            return assignment.get().dueDate().equals(reminder.deadline()) && !assignment.get().dueDate().isBefore(LocalDate.now(clock))
                    ? Rendered.send(movedInCalendar(reminder, assignment.get(), person))
                    : Rendered.skip("the due date has moved again, or passed");
        }
        boolean overdue = TrainingReminders.OVERDUE.equals(reminder.kind());
        if (!overdue && assignment.get().dueDate().isBefore(LocalDate.now(clock))) {
            // Delayed past the due date (SMTP was down, say): the overdue reminder says what matters now.
            return Rendered.skip("the due date passed before this reminder could be sent");
        }
        Optional<ContactBook.Escalation> manager = overdue ? contacts.escalationFor(person) : Optional.empty();
        return Rendered.send(write(reminder, assignment.get(), person, manager));
    }

    private OutgoingMail movedInCalendar(Reminder reminder, TrainingAssignment a, Contact person) {
        String due = Letter.longDate(a.dueDate());
        String lead = "The due date of your mandatory training \"" + a.courseTitle() + "\" has moved to " + due
                + ". The date in your calendar has moved with it.";
        return Letter.compose(person.email(), List.of(), "New due date: " + a.courseTitle() + " is due by " + due,
                person.fullName(), List.of(lead, "Course code: " + a.courseCode()), reminder.messageId(), voices.current())
                .withInvite(invite(a, lead));
    }

    private OutgoingMail removedFromCalendar(Reminder reminder, TrainingAssignment a, Contact person) {
        String lead = "Your mandatory training \"" + a.courseTitle() + "\" is no longer due: it has been recorded as "
                + "completed, or it no longer applies to you. Its date has been taken out of your calendar.";
        return Letter.compose(person.email(), List.of(), "No longer due: " + a.courseTitle(), person.fullName(),
                List.of(lead, "Course code: " + a.courseCode()), reminder.messageId(), voices.current())
                .withInvite(invite(a, lead).cancel());
    }

    /** The assignment's due date as its calendar event: one uid for the assignment, so each send updates the same event. */
    private CalendarInvite invite(TrainingAssignment a, String description) {
        return CalendarInvite.forDeadline(TrainingReminders.SUBJECT, a.assignmentId(), a.dueDate(),
                "Mandatory training due: " + a.courseTitle(), description, clock);
    }

    private OutgoingMail write(Reminder reminder, TrainingAssignment a, Contact person, Optional<ContactBook.Escalation> manager) {
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), a.dueDate());
        NoticeKind kind = days < 0 ? NoticeKind.TRAINING_OVERDUE : NoticeKind.TRAINING_DUE;
        NoticeTemplates.Filled filled = templates.write(kind, values(a, person.fullName(), days));
        List<String> paragraphs = new ArrayList<>(filled.paragraphs());
        // whoever is copied is told so, whatever the council's wording
        manager.ifPresent(m -> paragraphs.add(Math.min(1, paragraphs.size()), "Your " + m.as() + ", " + m.contact().fullName() + ", has been copied."));
        List<String> cc = manager.map(m -> List.of(m.contact().email())).orElse(List.of());
        OutgoingMail letter = Letter.compose(person.email(), cc, filled.subject(), person.fullName(), paragraphs,
                reminder.messageId(), voices.current());
        // before the due date, the date goes in the person's calendar: the same event each time, moved if the date moved
        return days < 0 ? letter : letter.withInvite(invite(a, String.join(" ", paragraphs.get(0), "Course code: " + a.courseCode())));
    }

    /** The placeholders of both training reminders ({@link NoticeKind#TRAINING_DUE}, {@link NoticeKind#TRAINING_OVERDUE}). */
    static Map<String, String> values(TrainingAssignment a, String fullName, long daysToDue) {
        return Map.of("name", fullName, "course", a.courseTitle(), "course code", a.courseCode(),
                "due date", Letter.longDate(a.dueDate()),
                "due in", daysToDue == 0 ? "today" : daysToDue == 1 ? "tomorrow" : "in " + daysToDue + " days",
                "days overdue", -daysToDue + (daysToDue == -1 ? " day" : " days"));
    }
}
