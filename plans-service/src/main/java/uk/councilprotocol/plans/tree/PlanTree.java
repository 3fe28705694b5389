package uk.councilprotocol.plans.tree;

import uk.councilprotocol.plans.actions.Action;
import uk.councilprotocol.plans.actions.ActionMilestone;
import uk.councilprotocol.plans.actions.ActionStatus;
import uk.councilprotocol.plans.actions.EvidenceLink;
import uk.councilprotocol.plans.actions.ProgressRevision;
import uk.councilprotocol.plans.actions.ProgressUpdate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.councilprotocol.plans.plan.Plan;
import uk.councilprotocol.plans.plan.Theme;
import uk.councilprotocol.plans.plan.Outcome;
import uk.councilprotocol.plans.plan.Recommendation;

/** A whole plan as read in one go: its themes in order, and each action with what hangs off it. */
public record PlanTree(Plan plan,
                       List<Theme> themes,
                       Map<UUID, Outcome> outcomes,
                       Map<UUID, Recommendation> recommendations,
                       List<Action> actions,
                       Map<UUID, List<ActionMilestone>> milestones,
                       Map<UUID, List<ProgressUpdate>> progress,
                       Map<UUID, List<ProgressRevision>> revisions,
                       Map<UUID, EvidenceLink> evidence) {

    public List<Action> actionsOf(Theme theme) {
        return actions.stream().filter(a -> a.themeId().equals(theme.id())).toList();
    }

    public List<ProgressUpdate> updatesOf(Action action) {
        return progress.getOrDefault(action.id(), List.of());
    }

    /** What the update said before each correction, oldest first. */
    public List<ProgressRevision> revisionsOf(ProgressUpdate update) {
        return revisions.getOrDefault(update.id(), List.of());
    }

    public List<ActionMilestone> milestonesOf(Action action) {
        return milestones.getOrDefault(action.id(), List.of());
    }

    public Recommendation recommendationOf(Action action) {
        return action.recommendationId() == null ? null : recommendations.get(action.recommendationId());
    }

    public Outcome outcomeOf(Action action) {
        Recommendation recommendation = recommendationOf(action);
        return recommendation == null || recommendation.outcomeId() == null ? null : outcomes.get(recommendation.outcomeId());
    }

    public int themeProgress(Theme theme) {
        return rollUp(actionsOf(theme));
    }

    public int planProgress() {
        return rollUp(actions);
    }

    /** The mean progress of the actions still in the plan (a withdrawn action counts for nothing either way). */
    static int rollUp(List<Action> actions) {
        List<Action> counted = actions.stream().filter(a -> a.status() != ActionStatus.WITHDRAWN).toList();
        if (counted.isEmpty()) {
            return 0;
        }
        return (int) Math.round(counted.stream().mapToInt(Action::progressPercent).average().orElse(0));
    }
}
