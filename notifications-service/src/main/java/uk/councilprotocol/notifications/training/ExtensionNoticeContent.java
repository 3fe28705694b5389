package uk.councilprotocol.notifications.training;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.mail.OutgoingMail;
import uk.councilprotocol.notifications.reminders.Reminder;
import uk.councilprotocol.notifications.reminders.ReminderContent;
import uk.councilprotocol.notifications.voice.CouncilVoices;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The emails of a request for more time: to the approver when asked, to the person (approver copied) when decided. */
@Singleton
public class ExtensionNoticeContent implements ReminderContent {
    private final TrainingExtensionRepository extensions;
    private final ContactBook contacts;
    private final CouncilVoices voices;

    public ExtensionNoticeContent(TrainingExtensionRepository extensions, ContactBook contacts, CouncilVoices voices) {
        this.extensions = extensions;
        this.contacts = contacts;
        this.voices = voices;
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
            return Rendered.send(Letter.compose(to.email(), List.of(),
                    "Request for more time: " + e.personName() + ", " + e.courseTitle(), to.fullName(),
                    List.of(e.personName() + " asks for more time to complete the mandatory training \"" + e.courseTitle()
                                    + "\": to " + Letter.longDate(e.requestedDueDate()) + " instead of "
                                    + Letter.longDate(e.currentDueDate()) + ".",
                            "Their reason: " + e.reason(),
                            e.approverId() == null
                                    ? "They have no line manager or group leader on the roster, so HR decides: please approve or "
                                    + "decline it in the council protocol console. Until then, the current due date stands."
                                    : "As their " + e.approverRole() + ", please approve or decline it in the council protocol console "
                                    + "(My work, \"Requests for more time waiting for you\"). Until you do, the current due date stands."),
                    reminder.messageId(), voices.current()));
        }
        List<String> paragraphs = new ArrayList<>();
        String subject;
        if (e.approved()) {
            subject = "More time approved: " + e.courseTitle() + " is now due by " + Letter.longDate(e.requestedDueDate());
            paragraphs.add("Your request for more time on the mandatory training \"" + e.courseTitle() + "\" was approved. "
                    + "It is now due by " + Letter.longDate(e.requestedDueDate()) + ", and your reminders follow the new date.");
        } else {
            subject = "More time declined: " + e.courseTitle() + " is still due by " + Letter.longDate(e.currentDueDate());
            paragraphs.add("Your request for more time on the mandatory training \"" + e.courseTitle() + "\" was declined, "
                    + "so it is still due by " + Letter.longDate(e.currentDueDate()) + ".");
        }
        if (e.decisionNote() != null) {
            paragraphs.add("The note with the decision: " + e.decisionNote());
        }
        Optional<Contact> approver = Optional.ofNullable(e.approverId()).flatMap(contacts::find);
        approver.ifPresent(a -> paragraphs.add("Your " + e.approverRole() + ", " + a.fullName() + ", has been copied."));
        return Rendered.send(Letter.compose(to.email(), approver.map(a -> List.of(a.email())).orElse(List.of()), subject,
                to.fullName(), paragraphs, reminder.messageId(), voices.current()));
    }
}
