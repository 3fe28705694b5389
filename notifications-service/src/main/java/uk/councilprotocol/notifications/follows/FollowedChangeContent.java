package uk.councilprotocol.notifications.follows;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.notifications.plans.PlanAction;
import uk.councilprotocol.notifications.plans.PlanActionRepository;
import uk.councilprotocol.notifications.reminders.Reminder;
import uk.councilprotocol.notifications.reminders.ReminderContent;
import uk.councilprotocol.notifications.voice.CouncilVoices;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The email to someone following an action (or its plan) about a change to it. */
@Singleton
public class FollowedChangeContent implements ReminderContent {
    private final ActionChangeRepository changes;
    private final PlanActionRepository actions;
    private final CouncilVoices voices;

    public FollowedChangeContent(ActionChangeRepository changes, PlanActionRepository actions, CouncilVoices voices) {
        this.changes = changes;
        this.actions = actions;
        this.voices = voices;
    }

    @Override
    public String subjectType() {
        return Follows.SUBJECT;
    }

    @Override
    public Rendered render(Reminder reminder, Contact follower) {
        Optional<ActionChange> change = changes.findById(UUID.fromString(reminder.subjectId()));
        Optional<PlanAction> action = change.flatMap(c -> actions.findById(c.actionId()));
        if (change.isEmpty() || action.isEmpty()) {
            return Rendered.skip("the change or its action is not known here");
        }
        PlanAction a = action.get();
        String subject = switch (change.get().kind()) {
            case Follows.PROGRESS -> "Progress on an action you follow: " + a.name();
            case Follows.STATUS -> "Status changed on an action you follow: " + a.name();
            case Follows.CORRECTION -> "Progress corrected on an action you follow: " + a.name();
            default -> "Deadline moved on an action you follow: " + a.name();
        };
        return Rendered.send(Letter.compose(follower.email(), List.of(), subject, follower.fullName(), List.of(
                        "Action " + a.name() + " in \"" + a.planTitle() + "\": " + change.get().detail(),
                        "Action: " + a.text(),
                        "You follow this action or its plan. To stop, choose \"Stop following\" on its page in the council protocol console."),
                reminder.messageId(), voices.current()));
    }
}
