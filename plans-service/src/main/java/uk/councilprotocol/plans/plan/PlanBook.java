package uk.councilprotocol.plans.plan;

import jakarta.inject.Singleton;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.plans.actions.Action;
import uk.councilprotocol.plans.actions.ActionMilestone;
import uk.councilprotocol.plans.actions.ActionRepositories;
import uk.councilprotocol.plans.actions.EvidenceLink;
import uk.councilprotocol.plans.actions.ProgressUpdate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads plans: the list, and one plan whole (seven queries, whatever its size). */
@Singleton
public class PlanBook {
    private final PlanRepositories.Plans plans;
    private final PlanRepositories.Themes themes;
    private final PlanRepositories.Outcomes outcomes;
    private final PlanRepositories.Recommendations recommendations;
    private final ActionRepositories.Actions actions;
    private final ActionRepositories.Milestones milestones;
    private final ActionRepositories.ProgressUpdates progress;
    private final ActionRepositories.EvidenceLinks evidence;

    public PlanBook(PlanRepositories.Plans plans, PlanRepositories.Themes themes, PlanRepositories.Outcomes outcomes,
                    PlanRepositories.Recommendations recommendations, ActionRepositories.Actions actions,
                    ActionRepositories.Milestones milestones, ActionRepositories.ProgressUpdates progress,
                    ActionRepositories.EvidenceLinks evidence) {
        this.plans = plans;
        this.themes = themes;
        this.outcomes = outcomes;
        this.recommendations = recommendations;
        this.actions = actions;
        this.milestones = milestones;
        this.progress = progress;
        this.evidence = evidence;
    }

    public List<Plan> all() {
        return plans.findAll().stream().sorted(Comparator.comparing(Plan::createdAt)).toList();
    }

    public Plan plan(UUID id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id.toString()));
    }

    public PlanTree tree(UUID planId) {
        Plan plan = plan(planId);
        List<Theme> planThemes = themes.findByPlanIdOrderByPosition(planId);
        Set<UUID> themeIds = planThemes.stream().map(Theme::id).collect(Collectors.toSet());
        List<Action> planActions = actions.findByPlanIdOrderByPosition(planId);
        Set<UUID> actionIds = planActions.stream().map(Action::id).collect(Collectors.toSet());
        if (actionIds.isEmpty()) {
            return new PlanTree(plan, planThemes, Map.of(), Map.of(), planActions, Map.of(), Map.of(), Map.of());
        }
        return new PlanTree(plan, planThemes,
                outcomes.findByThemeIdInOrderByPosition(themeIds).stream().collect(Collectors.toMap(Outcome::id, Function.identity())),
                recommendations.findByThemeIdInOrderByPosition(themeIds).stream()
                        .collect(Collectors.toMap(Recommendation::id, Function.identity())),
                planActions,
                milestones.findByActionIdInOrderByPosition(actionIds).stream().collect(Collectors.groupingBy(ActionMilestone::actionId)),
                progress.findByActionIdIn(actionIds).stream()
                        .sorted(Comparator.comparing(ProgressUpdate::recordedOn).thenComparing(ProgressUpdate::createdAt))
                        .collect(Collectors.groupingBy(ProgressUpdate::actionId)),
                evidence.findByActionIdIn(actionIds).stream().collect(Collectors.toMap(EvidenceLink::actionId, Function.identity())));
    }

    public Action action(UUID id) {
        return actions.findById(id).orElseThrow(() -> new NotFoundException("action", id.toString()));
    }

    /** A plan or action id as given by a caller: a UUID, or a clear error naming the field. */
    public static UUID id(String field, String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be an id such as 3f2b6c1e-8a4d-4e8f-9b1a-2c3d4e5f6a7b");
        }
    }
}
