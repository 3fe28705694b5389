package uk.councilprotocol.notifications.training;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.reminders.Reminder;
import uk.councilprotocol.notifications.reminders.ReminderContent;
import uk.councilprotocol.notifications.voice.CouncilVoices;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The email telling a person that HR corrected or withdrew a completion of theirs, and why. */
@Singleton
public class CompletionChangeContent implements ReminderContent {
    private final CompletionChangeRepository changes;
    private final TrainingAssignmentRepository assignments;
    private final CouncilVoices voices;

    public CompletionChangeContent(CompletionChangeRepository changes, TrainingAssignmentRepository assignments, CouncilVoices voices) {
        this.changes = changes;
        this.assignments = assignments;
        this.voices = voices;
    }

    @Override
    public String subjectType() {
        return CompletionChangeNotices.SUBJECT;
    }

    @Override
    public Rendered render(Reminder reminder, Contact person) {
        Optional<CompletionChange> found = changes.findById(UUID.fromString(reminder.subjectId()));
        if (found.isEmpty()) {
            return Rendered.skip("the change is not known here");
        }
        CompletionChange change = found.get();
        Optional<TrainingAssignment> assignment = assignments.findFirstByPersonIdAndCourseCodeOrderByDueDateDesc(
                change.personId(), change.courseCode());
        String course = assignment.map(TrainingAssignment::courseTitle).orElse(change.courseCode());
        String was = Letter.longDate(change.beforeCompletedOn());
        List<String> paragraphs = new ArrayList<>();
        String subject;
        if (CompletionChangeNotices.WITHDRAWN.equals(change.kind())) {
            subject = "Training record withdrawn: " + course;
            paragraphs.add("HR has withdrawn the record of your completing \"" + course + "\" on " + was
                    + ": it no longer counts towards your mandatory training.");
            paragraphs.add("The reason given: " + change.reason());
            assignment.filter(TrainingAssignment::open).ifPresent(a -> paragraphs.add("The training is due again by "
                    + Letter.longDate(a.dueDate()) + ", and your reminders for it start again."));
        } else {
            subject = "Training record corrected: " + course;
            paragraphs.add("HR has corrected the record of your completing \"" + course + "\""
                    + (change.afterCompletedOn() == null || change.afterCompletedOn().equals(change.beforeCompletedOn())
                    ? " on " + was + "." : ": it now says you completed it on " + Letter.longDate(change.afterCompletedOn())
                    + " (it said " + was + ")."));
            paragraphs.add("The reason given: " + change.reason());
        }
        paragraphs.add("If you think this is wrong, reply to Organisational Development (HR) with your evidence.");
        return Rendered.send(Letter.compose(person.email(), List.of(), subject, person.fullName(), paragraphs,
                reminder.messageId(), voices.current()));
    }
}
