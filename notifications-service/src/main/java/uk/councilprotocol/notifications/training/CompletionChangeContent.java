package uk.councilprotocol.notifications.training;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.reminders.Reminder;
import uk.councilprotocol.notifications.reminders.ReminderContent;
import uk.councilprotocol.notifications.templates.NoticeKind;
import uk.councilprotocol.notifications.templates.NoticeTemplates;
import uk.councilprotocol.notifications.voice.CouncilVoices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The email telling a person that HR corrected or withdrew a completion of theirs, and why. */
@Singleton
public class CompletionChangeContent implements ReminderContent {
    private final CompletionChangeRepository changes;
    private final TrainingAssignmentRepository assignments;
    private final CouncilVoices voices;
    private final NoticeTemplates templates;

    public CompletionChangeContent(CompletionChangeRepository changes, TrainingAssignmentRepository assignments, CouncilVoices voices,
                                   NoticeTemplates templates) {
        this.changes = changes;
        this.assignments = assignments;
        this.voices = voices;
        this.templates = templates;
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
        boolean withdrawn = CompletionChangeNotices.WITHDRAWN.equals(change.kind());
        NoticeTemplates.Filled filled = templates.write(withdrawn ? NoticeKind.TRAINING_COMPLETION_WITHDRAWN
                : NoticeKind.TRAINING_COMPLETION_CORRECTED, values(change, course, person.fullName()));
        // HR's reason, and when it is due again, are the platform's to say, whatever the council's wording
        List<String> paragraphs = new ArrayList<>(filled.paragraphs());
        List<String> added = new ArrayList<>(List.of("The reason given: " + change.reason()));
        if (withdrawn) {
            assignment.filter(TrainingAssignment::open).ifPresent(a -> added.add("The training is due again by "
                    + Letter.longDate(a.dueDate()) + ", and your reminders for it start again."));
        }
        paragraphs.addAll(Math.min(1, paragraphs.size()), added);
        return Rendered.send(Letter.compose(person.email(), List.of(), filled.subject(), person.fullName(), paragraphs,
                reminder.messageId(), voices.current()));
    }

    /** The placeholders of both emails ({@link NoticeKind#TRAINING_COMPLETION_CORRECTED}, {@link NoticeKind#TRAINING_COMPLETION_WITHDRAWN}). */
    static Map<String, String> values(CompletionChange change, String course, String recipientName) {
        String was = Letter.longDate(change.beforeCompletedOn());
        String correction = change.afterCompletedOn() == null || change.afterCompletedOn().equals(change.beforeCompletedOn())
                ? "the date you completed it, " + was + ", stands"
                : "it now says you completed it on " + Letter.longDate(change.afterCompletedOn()) + " (it said " + was + ")";
        return Map.of("name", recipientName, "course", course, "completed on", was, "correction", correction);
    }
}
