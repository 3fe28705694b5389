package uk.councilprotocol.plans.actions;

import com.google.protobuf.Message;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.plans.v1.ActionAnswerersChanged;
import uk.councilprotocol.contracts.plans.v1.ActionCreated;
import uk.councilprotocol.contracts.plans.v1.ActionDueDateChanged;
import uk.councilprotocol.contracts.plans.v1.ActionOverdue;
import uk.councilprotocol.contracts.plans.v1.ActionSnapshot;
import uk.councilprotocol.contracts.plans.v1.MilestoneMarked;
import uk.councilprotocol.contracts.plans.v1.ProgressCorrected;
import uk.councilprotocol.contracts.plans.v1.ActionStatusChanged;
import uk.councilprotocol.contracts.plans.v1.ProgressRecorded;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.plans.duedates.DueDate;
import uk.councilprotocol.plans.people.Owners;
import uk.councilprotocol.plans.plan.Plan;
import uk.councilprotocol.plans.plan.PlanRepositories;
import uk.councilprotocol.plans.plan.Theme;

import java.util.List;

/**
 * Writes an action's events to the outbox, in the caller's transaction, keyed by the action's id. Each event
 * carries the action as it now stands (owner, who answers for it, theme lead, deadline, status): notifications-service
 * needs nothing more.
 */
@Singleton
public class ActionEvents {
    public static final String AGGREGATE = "action";

    private final Outbox outbox;
    private final PlanRepositories.Plans plans;
    private final PlanRepositories.Themes themes;
    private final Owners owners;
    private final ActionRepositories.Milestones milestones;

    public ActionEvents(Outbox outbox, PlanRepositories.Plans plans, PlanRepositories.Themes themes, Owners owners,
                        ActionRepositories.Milestones milestones) {
        this.milestones = milestones;
        this.outbox = outbox;
        this.plans = plans;
        this.themes = themes;
        this.owners = owners;
    }

    public void created(Action action) {
        publish(action, ActionCreated.newBuilder().setAction(snapshot(action)).build());
    }

    public void dueDateChanged(Action action, DueDate previous) {
        publish(action, ActionDueDateChanged.newBuilder().setAction(snapshot(action)).setPrevious(ActionProtos.due(previous)).build());
    }

    public void statusChanged(Action action, ActionStatus previous) {
        publish(action, ActionStatusChanged.newBuilder().setAction(snapshot(action)).setPrevious(previous.toProto()).build());
    }

    public void progressRecorded(Action action, ProgressUpdate update) {
        publish(action, ProgressRecorded.newBuilder().setAction(snapshot(action)).setUpdate(ActionProtos.progress(update)).build());
    }

    public void overdue(Action action, int daysOverdue) {
        publish(action, ActionOverdue.newBuilder().setAction(snapshot(action)).setDaysOverdue(daysOverdue).build());
    }

    public void answerersChanged(Action action, List<String> previous) {
        publish(action, ActionAnswerersChanged.newBuilder().setAction(snapshot(action)).addAllPreviousPersonIds(previous).build());
    }

    public void progressCorrected(Action action, ProgressUpdate update, List<ProgressRevision> revisions, String reason) {
        publish(action, ProgressCorrected.newBuilder().setAction(snapshot(action))
                .setUpdate(ActionProtos.progress(update, revisions)).setReason(reason).build());
    }

    public void milestoneMarked(Action action, ActionMilestone milestone) {
        publish(action, MilestoneMarked.newBuilder().setAction(snapshot(action)).setMilestone(ActionProtos.milestone(milestone)).build());
    }

    private void publish(Action action, Message event) {
        outbox.append(AGGREGATE, action.id().toString(), event);
    }

    ActionSnapshot snapshot(Action action) {
        Plan plan = plans.findById(action.planId()).orElseThrow();
        Theme theme = themes.findById(action.themeId()).orElseThrow();
        return ActionSnapshot.newBuilder()
                .setActionId(action.id().toString())
                .setPlanId(plan.id().toString())
                .setPlanTitle(plan.title())
                .setReference(Protos.orEmpty(action.reference()))
                .setText(action.text())
                .setOwner(ActionProtos.owner(action))
                .setTheme(theme.name())
                .setThemeLeadPersonId(Protos.orEmpty(theme.leadPersonId()))
                .setDue(ActionProtos.due(action.due()))
                .setStatus(action.status().toProto())
                .addAllAnsweredByPersonIds(answerers(action))
                .addAllMilestones(milestones.findByActionIdInOrderByPosition(List.of(action.id())).stream()
                        .map(ActionProtos::milestone).toList())
                .build();
    }

    /** The action's list as kept, or read from the roster now for an action imported before lists were kept. */
    List<String> answerers(Action action) {
        return action.answeredBy() != null ? List.of(action.answeredBy()) : owners.answerers(action.ownerPersonId(), action.roles());
    }
}
