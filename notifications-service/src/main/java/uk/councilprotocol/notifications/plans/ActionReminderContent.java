package uk.councilprotocol.notifications.plans;

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

/** The emails about action-plan actions: the deadline is near, or has passed (with the theme lead copied). */
@Singleton
public class ActionReminderContent implements ReminderContent {
    private final PlanActionRepository actions;
    private final ContactBook contacts;
    private final CouncilVoices voices;
    private final Clock clock;
    private final NoticeTemplates templates;

    public ActionReminderContent(PlanActionRepository actions, ContactBook contacts, Clock clock, CouncilVoices voices,
                                 NoticeTemplates templates) {
        this.templates = templates;
        this.voices = voices;
        this.actions = actions;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public String subjectType() {
        return ActionReminders.SUBJECT;
    }

    /** Before the deadline and overdue alike, an action's reminders wait for the sending hours; calendar changes go at once. */
    @Override
    public boolean waitsForSendWindow(String kind) {
        return !CalendarChanges.isChange(kind);
    }

    @Override
    public Rendered render(Reminder reminder, Contact person) {
        Optional<PlanAction> found = actions.findById(UUID.fromString(reminder.subjectId()));
        if (CalendarChanges.REMOVED.equals(reminder.kind())) {
            return found.filter(a -> !a.open() && a.deadline() != null).map(a -> Rendered.send(removedFromCalendar(reminder, a, person)))
                    .orElseGet(() -> Rendered.skip("the action is open again"));
        }
        if (found.isEmpty() || !found.get().open()) {
            return Rendered.skip("the action is complete or withdrawn");
        }
        PlanAction action = found.get();
        if (action.deadline() == null || !action.deadline().equals(reminder.deadline())) {
            return Rendered.skip("the action's deadline has changed");
        }
        if (CalendarChanges.MOVED.equals(reminder.kind())) {
            return action.deadline().isBefore(LocalDate.now(clock)) ? Rendered.skip("the new deadline has passed")
                    : Rendered.send(movedInCalendar(reminder, action, person));
        }
        boolean overdue = ActionReminders.OVERDUE.equals(reminder.kind());
        LocalDate today = LocalDate.now(clock);
        if (!overdue && action.deadline().isBefore(today)) {
            return Rendered.skip("the deadline passed before this reminder could be sent");
        }
        Optional<Contact> lead = overdue
                ? contacts.find(action.themeLeadPersonId()).filter(Contact::active).filter(c -> !c.personId().equals(reminder.personId()))
                : Optional.empty();
        return Rendered.send(write(reminder, action, person, lead, today));
    }

    private OutgoingMail write(Reminder reminder, PlanAction action, Contact person, Optional<Contact> lead, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, action.deadline());
        NoticeTemplates.Filled filled = templates.write(days < 0 ? NoticeKind.ACTION_OVERDUE : NoticeKind.ACTION_DUE,
                values(action, person.fullName(), days));
        // why this person, and who is copied, are said whatever the council's wording
        String why = action.ownerPersonId() != null && action.ownerPersonId().equals(person.personId())
                ? "You are named as its owner."
                : "You are receiving this as " + Optional.ofNullable(person.jobTitle()).orElse("a holder of the post named")
                + ": the plan names \"" + action.ownerText() + "\" as owner.";
        List<String> paragraphs = new ArrayList<>(filled.paragraphs());
        paragraphs.add(Math.min(1, paragraphs.size()), why);
        lead.ifPresent(l -> paragraphs.add(1, "The theme lead, " + l.fullName() + ", has been copied."));
        List<String> cc = lead.map(l -> List.of(l.email())).orElse(List.of());
        OutgoingMail letter = Letter.compose(person.email(), cc, filled.subject(), person.fullName(), paragraphs,
                reminder.messageId(), voices.current());
        // before the deadline, it goes in the person's calendar: the same event each time, moved if the deadline moved
        return days < 0 ? letter : letter.withInvite(invite(action, paragraphs.get(0)));
    }

    /** The placeholders of both action reminders ({@link NoticeKind#ACTION_DUE}, {@link NoticeKind#ACTION_OVERDUE}). */
    static Map<String, String> values(PlanAction action, String fullName, long daysToDeadline) {
        return Map.of("name", fullName, "action", action.name(), "action text", action.text(), "plan", action.planTitle(),
                "theme", action.theme(), "deadline", Letter.longDate(action.deadline()), "deadline as written", action.dueText(),
                "due in", daysToDeadline == 0 ? "today" : "in " + daysToDeadline + (daysToDeadline == 1 ? " day" : " days"),
                "days overdue", -daysToDeadline + (daysToDeadline == -1 ? " day" : " days"));
    }

    private OutgoingMail movedInCalendar(Reminder reminder, PlanAction action, Contact person) {
        String due = Letter.longDate(action.deadline());
        String opening = "The deadline of this action in \"" + action.planTitle() + "\" has moved to " + due + " (\""
                + action.dueText() + "\"). The date in your calendar has moved with it.";
        return Letter.compose(person.email(), List.of(), "New deadline " + due + ": " + action.name(), person.fullName(),
                List.of(opening, "Action: " + action.text()), reminder.messageId(), voices.current())
                .withInvite(invite(action, opening));
    }

    private OutgoingMail removedFromCalendar(Reminder reminder, PlanAction action, Contact person) {
        String opening = "This action in \"" + action.planTitle() + "\" is closed (complete or withdrawn), so its deadline "
                + "has been taken out of your calendar.";
        return Letter.compose(person.email(), List.of(), "Action closed: " + action.name(), person.fullName(),
                List.of(opening, "Action: " + action.text()), reminder.messageId(), voices.current())
                .withInvite(invite(action, opening).cancel());
    }

    /** The action's deadline as its calendar event: one uid for the action, so each send updates the same event. */
    private CalendarInvite invite(PlanAction action, String description) {
        return CalendarInvite.forDeadline(ActionReminders.SUBJECT, action.actionId(), action.deadline(),
                "Action due: " + action.name(), description + " Action: " + action.text(), clock);
    }
}
