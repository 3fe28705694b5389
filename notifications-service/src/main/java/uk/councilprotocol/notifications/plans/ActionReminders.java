package uk.councilprotocol.notifications.plans;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.voice.CouncilVoices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.contracts.plans.v1.ActionAnswerersChanged;
import uk.councilprotocol.contracts.plans.v1.ActionOverdue;
import uk.councilprotocol.contracts.plans.v1.ActionSnapshot;
import uk.councilprotocol.contracts.plans.v1.ActionStatus;
import uk.councilprotocol.notifications.reminders.CalendarChanges;
import uk.councilprotocol.notifications.reminders.Notice;
import uk.councilprotocol.notifications.reminders.ReminderPlanner;
import uk.councilprotocol.notifications.reminders.ReminderSettings;
import uk.councilprotocol.platform.errors.Validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reminds whoever answers for an action — the people plans-service lists on each event (the owner named, or the
 * holders of the posts named; it resolves them, this service never re-derives them) — 30 and 7 days before its
 * deadline, and when it is overdue (the theme lead copied). Each reminder carries the deadline and the recipient,
 * so a replayed event adds nothing and a moved deadline gets reminders of its own; completing or withdrawing the
 * action cancels what is pending, and so does someone leaving the list. Its milestones are reminded of too
 * ({@link MilestoneReminders}).
 */
@Singleton
public class ActionReminders {
    public static final String SUBJECT = "plan-action";
    public static final String OVERDUE = "OVERDUE";
    private static final Logger LOG = LoggerFactory.getLogger(ActionReminders.class);

    private final PlanActionRepository actions;
    private final ReminderPlanner planner;
    private final ReminderSettings reminderSettings;
    private final CouncilVoices voices;
    private final Clock clock;
    private final CalendarChanges calendars;
    private final MilestoneReminders milestones;

    public ActionReminders(PlanActionRepository actions, ReminderPlanner planner, ReminderSettings reminderSettings,
                           CouncilVoices voices, Clock clock, CalendarChanges calendars, MilestoneReminders milestones) {
        this.milestones = milestones;
        this.calendars = calendars;
        this.actions = actions;
        this.planner = planner;
        this.reminderSettings = reminderSettings;
        this.voices = voices;
        this.clock = clock;
    }

    static String beforeKind(int days) {
        return "DUE_IN_" + days + "_DAYS";
    }

    public void onChanged(ActionSnapshot snapshot) {
        changed(remember(snapshot), snapshot);
    }

    private void changed(PlanAction action, ActionSnapshot snapshot) {
        milestones.follow(snapshot, action.open(), action.answeredBy());
        if (!action.open()) {
            planner.cancel(SUBJECT, action.actionId().toString(), "the action is " + snapshot.getStatus().name().toLowerCase());
            action.answeredBy().forEach(personId -> calendars.removed(SUBJECT, action.actionId().toString(), personId));
            return;
        }
        recipients(action).forEach(personId -> planBefore(action, personId));
    }

    /** Someone took up or left a post the action names: the newcomers are reminded, the leavers no longer. */
    public void onAnswerersChanged(ActionAnswerersChanged event) {
        onChanged(event.getAction());
        List<String> now = event.getAction().getAnsweredByPersonIdsList();
        event.getPreviousPersonIdsList().stream().filter(personId -> !now.contains(personId)).forEach(personId -> {
            planner.cancelFor(SUBJECT, event.getAction().getActionId(), personId, "no longer answers for the action");
            milestones.leave(event.getAction().getActionId(), personId);
        });
    }

    private void planBefore(PlanAction action, String personId) {
        if (action.deadline() == null) {
            return;
        }
        List<ReminderPlanner.Planned> planned = new ArrayList<>();
        for (int days : voices.current().actionDaysBefore()) {
            planned.add(new ReminderPlanner.Planned(Notice.about(beforeKind(days), action.deadline()),
                    reminderSettings.sendTimeOn(action.deadline().minusDays(days), clock)));
        }
        planner.plan(SUBJECT, action.actionId().toString(), personId, planned);
    }

    /** A moved deadline: what was pending for the old one will not go. */
    public void onDeadlineMoved(ActionSnapshot snapshot) {
        planner.cancelAdvance(SUBJECT, snapshot.getActionId(),
                "the deadline moved to \"" + snapshot.getDue().getText() + "\"");
        PlanAction action = remember(snapshot);
        changed(action, snapshot);
        if (action.deadline() != null) {
            action.answeredBy().forEach(personId -> calendars.moved(SUBJECT, snapshot.getActionId(), personId, action.deadline()));
        }
    }

    public void onOverdue(ActionOverdue event) {
        PlanAction action = remember(event.getAction());
        if (!action.open() || action.deadline() == null) {
            return;
        }
        for (String personId : recipients(action)) {
            planner.now(SUBJECT, action.actionId().toString(), personId, Notice.about(OVERDUE, action.deadline()));
        }
    }

    /** Who plans-service says answers for the action; nobody is logged, as HR should fill in the post. */
    List<String> recipients(PlanAction action) {
        if (action.answeredBy().isEmpty() && action.ownerText() != null) {
            LOG.warn("Action {} names \"{}\" as owner, and nobody on the roster holds that post", action.actionId(), action.ownerText());
        }
        return action.answeredBy();
    }

    private PlanAction remember(ActionSnapshot s) {
        boolean open = s.getStatus() != ActionStatus.COMPLETE && s.getStatus() != ActionStatus.WITHDRAWN;
        String deadline = Validation.optional(s.getDue().getDeadline());
        PlanAction action = new PlanAction(UUID.fromString(s.getActionId()), s.getPlanTitle(), Validation.optional(s.getReference()),
                s.getText(), Validation.optional(s.getOwner().getText()), Validation.optional(s.getOwner().getPersonId()),
                s.getOwner().getRolesList().toArray(String[]::new), s.getAnsweredByPersonIdsList().toArray(String[]::new), s.getTheme(), Validation.optional(s.getThemeLeadPersonId()),
                s.getDue().getText(), deadline == null ? null : LocalDate.parse(deadline), open, clock.instant(),
                s.getPlanId().isBlank() ? null : UUID.fromString(s.getPlanId()));
        if (actions.existsById(action.actionId())) {
            actions.update(action);
        } else {
            actions.save(action);
        }
        return action;
    }
}
