package uk.councilprotocol.notifications.plans;

import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.plans.v1.ActionSnapshot;
import uk.councilprotocol.contracts.plans.v1.Milestone;
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
 * Reminds whoever answers for an action a week before each of its milestones not yet done (issue 16). A milestone
 * marked done, or an action closed, cancels what is pending; someone leaving the action's list is no longer reminded.
 * The milestones come on every event about the action, so this keeps them as the latest one gives them.
 */
@Singleton
public class MilestoneReminders {
    public static final String SUBJECT = "plan-milestone";
    static final int DAYS_BEFORE = 7;
    static final String KIND = "DUE_IN_" + DAYS_BEFORE + "_DAYS";

    private final PlanMilestoneRepository milestones;
    private final ReminderPlanner planner;
    private final ReminderSettings settings;
    private final Clock clock;

    public MilestoneReminders(PlanMilestoneRepository milestones, ReminderPlanner planner, ReminderSettings settings, Clock clock) {
        this.milestones = milestones;
        this.planner = planner;
        this.settings = settings;
        this.clock = clock;
    }

    /** The action as its latest event gives it: each milestone kept, and its reminders planned or cancelled. */
    void follow(ActionSnapshot action, boolean open, List<String> answeredBy) {
        LocalDate today = LocalDate.now(clock);
        List<ReminderPlanner.Plan> plans = new ArrayList<>();
        for (Milestone m : action.getMilestonesList()) {
            PlanMilestone milestone = remember(action, m);
            String id = milestone.milestoneId().toString();
            if (!open || milestone.done()) {
                planner.cancel(SUBJECT, id, !open ? "the action is closed" : "the milestone is done");
            } else if (milestone.deadline() != null && !milestone.deadline().isBefore(today)) {
                List<ReminderPlanner.Planned> week = List.of(new ReminderPlanner.Planned(Notice.about(KIND, milestone.deadline()),
                        settings.sendTimeOn(milestone.deadline().minusDays(DAYS_BEFORE), clock)));
                answeredBy.forEach(personId -> plans.add(new ReminderPlanner.Plan(SUBJECT, id, personId, week)));
            }
        }
        planner.planAll(plans);   // every milestone's, for everyone on the list, in one statement
    }

    /** Someone no longer answers for the action: none of its milestones' reminders go to them. */
    void leave(String actionId, String personId) {
        milestones.findByActionId(UUID.fromString(actionId)).forEach(m ->
                planner.cancelFor(SUBJECT, m.milestoneId().toString(), personId, "no longer answers for the action"));
    }

    private PlanMilestone remember(ActionSnapshot action, Milestone m) {
        String deadline = Validation.optional(m.getDue().getDeadline());
        PlanMilestone milestone = new PlanMilestone(UUID.fromString(m.getId()), UUID.fromString(action.getActionId()), m.getText(),
                m.getDue().getText(), deadline == null ? null : LocalDate.parse(deadline), !m.getDoneOn().isBlank(), clock.instant());
        if (milestones.existsById(milestone.milestoneId())) {
            milestones.update(milestone);
        } else {
            milestones.save(milestone);
        }
        return milestone;
    }
}
