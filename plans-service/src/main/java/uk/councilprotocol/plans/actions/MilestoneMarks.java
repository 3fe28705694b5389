package uk.councilprotocol.plans.actions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** An action's milestone marked done (or not done after all) by those who may update the action. */
@Singleton
public class MilestoneMarks {
    private final ActionRepositories.Milestones milestones;
    private final ActionRepositories.Actions actions;
    private final ActionTimeline timeline;
    private final ActionEvents events;
    private final PlanAccess access;
    private final Clock clock;

    public MilestoneMarks(ActionRepositories.Milestones milestones, ActionRepositories.Actions actions, ActionTimeline timeline,
                          ActionEvents events, PlanAccess access, Clock clock) {
        this.events = events;
        this.milestones = milestones;
        this.actions = actions;
        this.timeline = timeline;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Action mark(UUID milestoneId, boolean done, Caller caller) {
        ActionMilestone milestone = milestones.findById(milestoneId)
                .orElseThrow(() -> new NotFoundException("milestone", milestoneId.toString()));
        Action action = actions.require(milestone.actionId());
        access.requireUpdate(caller, action);
        if (done == (milestone.doneOn() != null)) {
            return action;   // marked twice (a double click, a retried call): one entry in the timeline
        }
        ActionMilestone marked = milestones.update(milestone.marked(done ? LocalDate.now(clock) : null, access.authorName(caller)));
        events.milestoneMarked(action, marked);   // its reminders stop, or start again
        timeline.note(action, caller, (done ? "Milestone done: \"" : "Milestone marked not done after all: \"")
                + milestone.text() + "\"");
        return action;
    }
}
