package uk.councilprotocol.plans.tree;

import jakarta.inject.Singleton;
import uk.councilprotocol.plans.actions.Action;
import uk.councilprotocol.plans.actions.ActionMilestone;
import uk.councilprotocol.plans.actions.ActionRepositories;
import uk.councilprotocol.plans.actions.EvidenceLink;
import uk.councilprotocol.plans.actions.ProgressRevision;
import uk.councilprotocol.plans.actions.ProgressUpdate;
import uk.councilprotocol.plans.plan.Outcome;
import uk.councilprotocol.plans.plan.Plan;
import uk.councilprotocol.plans.plan.PlanBook;
import uk.councilprotocol.plans.plan.PlanRepositories;
import uk.councilprotocol.plans.plan.Recommendation;
import uk.councilprotocol.plans.plan.Theme;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads one plan whole, with its themes, outcomes, recommendations and actions (seven queries, whatever its size). */
@Singleton
public class PlanTrees {
    private final PlanBook book;
    private final PlanRepositories.Themes themes;
    private final PlanRepositories.Outcomes outcomes;
    private final PlanRepositories.Recommendations recommendations;
    private final ActionRepositories.Actions actions;
    private final ActionRepositories.Milestones milestones;
    private final ActionRepositories.ProgressUpdates progress;
    private final ActionRepositories.ProgressRevisions revisions;
    private final ActionRepositories.EvidenceLinks evidence;

    public PlanTrees(PlanBook book, PlanRepositories.Themes themes, PlanRepositories.Outcomes outcomes,
                     PlanRepositories.Recommendations recommendations, ActionRepositories.Actions actions,
                     ActionRepositories.Milestones milestones, ActionRepositories.ProgressUpdates progress,
                     ActionRepositories.ProgressRevisions revisions, ActionRepositories.EvidenceLinks evidence) {
        this.revisions = revisions;
        this.book = book;
        this.themes = themes;
        this.outcomes = outcomes;
        this.recommendations = recommendations;
        this.actions = actions;
        this.milestones = milestones;
        this.progress = progress;
        this.evidence = evidence;
    }

    public PlanTree tree(UUID planId) {
        Plan plan = book.plan(planId);
        List<Theme> planThemes = themes.findByPlanIdOrderByPosition(planId);
        Set<UUID> themeIds = planThemes.stream().map(Theme::id).collect(Collectors.toSet());
        List<Action> planActions = actions.findByPlanIdOrderByPosition(planId);
        Set<UUID> actionIds = planActions.stream().map(Action::id).collect(Collectors.toSet());
        if (actionIds.isEmpty()) {
            return new PlanTree(plan, planThemes, Map.of(), Map.of(), planActions, Map.of(), Map.of(), Map.of(), Map.of());
        }
        List<ProgressUpdate> updates = progress.findByActionIdIn(actionIds);
        Set<UUID> updateIds = updates.stream().map(ProgressUpdate::id).collect(Collectors.toSet());
        return new PlanTree(plan, planThemes,
                outcomes.findByThemeIdInOrderByPosition(themeIds).stream().collect(Collectors.toMap(Outcome::id, Function.identity())),
                recommendations.findByThemeIdInOrderByPosition(themeIds).stream()
                        .collect(Collectors.toMap(Recommendation::id, Function.identity())),
                planActions,
                milestones.findByActionIdInOrderByPosition(actionIds).stream().collect(Collectors.groupingBy(ActionMilestone::actionId)),
                updates.stream()
                        .sorted(Comparator.comparing(ProgressUpdate::recordedOn).thenComparing(ProgressUpdate::createdAt))
                        .collect(Collectors.groupingBy(ProgressUpdate::actionId)),
                updateIds.isEmpty() ? Map.of() : revisions.findByProgressIdInOrderByCorrectedAt(updateIds).stream()
                        .collect(Collectors.groupingBy(ProgressRevision::progressId)),
                evidence.findByActionIdIn(actionIds).stream().collect(Collectors.toMap(EvidenceLink::actionId, Function.identity())));
    }

}
