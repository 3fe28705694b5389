package uk.councilprotocol.notifications.training;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.templates.NoticeKind;
import uk.councilprotocol.notifications.templates.NoticeTemplates;
import uk.councilprotocol.notifications.reminders.Reminder;
import uk.councilprotocol.notifications.reminders.ReminderContent;
import uk.councilprotocol.notifications.voice.CouncilVoices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The emails of a request for more time: to the approver when asked, to the person (approver copied) when decided. */
@Singleton
public class ExtensionNoticeContent implements ReminderContent {
    private final TrainingExtensionRepository extensions;
    private final ContactBook contacts;
    private final CouncilVoices voices;
    private final NoticeTemplates templates;

    public ExtensionNoticeContent(TrainingExtensionRepository extensions, ContactBook contacts, CouncilVoices voices,
                                  NoticeTemplates templates) {
        this.extensions = extensions;
        this.contacts = contacts;
        this.voices = voices;
        this.templates = templates;
    }

    @Override
    public String subjectType() {
        return ExtensionNotices.SUBJECT;
    }

    @Override
    public Rendered render(Reminder reminder, Contact to) {
        Optional<TrainingExtension> found = extensions.findById(UUID.fromString(reminder.subjectId()));
        if (found.isEmpty()) {
            return Rendered.skip("the request is not known here");
        }
        TrainingExtension e = found.get();
        if (ExtensionNotices.REQUESTED.equals(reminder.kind())) {
            if (!"PENDING".equals(e.status())) {
                return Rendered.skip("the request was decided before the approver could be told");
            }
            NoticeTemplates.Filled filled = templates.write(NoticeKind.TRAINING_EXTENSION_REQUESTED, values(e, to.fullName()));
            // their reason and who decides are the platform's to say, whatever the council's wording
            List<String> paragraphs = new ArrayList<>(filled.paragraphs());
            paragraphs.add(Math.min(1, paragraphs.size()), "Their reason: " + e.reason());
            paragraphs.add(e.approverId() == null
                    ? "They have no line manager or group leader on the roster, so HR decides: please approve or "
                    + "decline it in the council protocol console. Until then, the current due date stands."
                    : "As their " + e.approverRole() + ", please approve or decline it in the council protocol console "
                    + "(My work, \"Requests for more time waiting for you\"). Until you do, the current due date stands.");
            return Rendered.send(Letter.compose(to.email(), List.of(), filled.subject(), to.fullName(), paragraphs,
                    reminder.messageId(), voices.current()));
        }
        NoticeTemplates.Filled filled = templates.write(e.approved() ? NoticeKind.TRAINING_EXTENSION_APPROVED
                : NoticeKind.TRAINING_EXTENSION_DECLINED, values(e, to.fullName()));
        List<String> paragraphs = new ArrayList<>(filled.paragraphs());
        if (e.decisionNote() != null) {
            paragraphs.add(Math.min(1, paragraphs.size()), "The note with the decision: " + e.decisionNote());
        }
        Optional<Contact> approver = Optional.ofNullable(e.approverId()).flatMap(contacts::find);
        approver.ifPresent(a -> paragraphs.add("Your " + e.approverRole() + ", " + a.fullName() + ", has been copied."));
        return Rendered.send(Letter.compose(to.email(), approver.map(a -> List.of(a.email())).orElse(List.of()), filled.subject(),
                to.fullName(), paragraphs, reminder.messageId(), voices.current()));
    }

    /** The placeholders of the three emails of a request ({@link NoticeKind#TRAINING_EXTENSION_REQUESTED} and its decisions). */
    static Map<String, String> values(TrainingExtension e, String recipientName) {
        LocalDate due = e.approved() ? e.requestedDueDate() : e.currentDueDate();
        return Map.of("name", recipientName, "person", e.personName(), "course", e.courseTitle(),
                "due date", Letter.longDate(due), "requested date", Letter.longDate(e.requestedDueDate()),
                "previous due date", Letter.longDate(e.currentDueDate()));
    }
}
