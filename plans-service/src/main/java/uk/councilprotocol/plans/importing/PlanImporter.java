package uk.councilprotocol.plans.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.plans.actions.Action;
import uk.councilprotocol.plans.actions.ActionChanges;
import uk.councilprotocol.plans.actions.ActionEvents;
import uk.councilprotocol.plans.actions.ActionMilestone;
import uk.councilprotocol.plans.actions.ActionRepositories;
import uk.councilprotocol.plans.actions.ActionStatus;
import uk.councilprotocol.plans.actions.PlanAccess;
import uk.councilprotocol.plans.duedates.DueDate;
import uk.councilprotocol.plans.duedates.DueDateParser;
import uk.councilprotocol.plans.duedates.Milestone;
import uk.councilprotocol.plans.duedates.MilestoneFinder;
import uk.councilprotocol.plans.duedates.Precision;
import uk.councilprotocol.plans.people.Owners;
import uk.councilprotocol.plans.plan.Outcome;
import uk.councilprotocol.plans.plan.Plan;
import uk.councilprotocol.plans.plan.PlanBook;
import uk.councilprotocol.plans.plan.PlanRepositories;
import uk.councilprotocol.plans.plan.Recommendation;
import uk.councilprotocol.plans.plan.RecommendationSource;
import uk.councilprotocol.plans.plan.Theme;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.Arrays;
import java.util.Map;

/**
 * Imports a plan table in one transaction: all of it or, on any error, none of it. Each row either matches
 * actions already in the plan (its progress narrative, if any, is recorded on them — this is how seed 002
 * lands on the plan of seed 000), creates an action with its theme, outcome, recommendation, owner, due date
 * and milestones, or is skipped with the reason.
 */
@Singleton
public class PlanImporter {
    static final String GENERAL_THEME = "General";

    private final PlanTableReader reader;
    private final DueDateParser dueDates;
    private final MilestoneFinder milestoneFinder;
    private final Owners owners;
    private final PlanBook book;
    private final PlanRepositories.Plans plans;
    private final PlanRepositories.Themes themes;
    private final PlanRepositories.Outcomes outcomes;
    private final PlanRepositories.Recommendations recommendations;
    private final ActionRepositories.Actions actions;
    private final ActionRepositories.Milestones milestones;
    private final ActionRepositories.ProgressUpdates progress;
    private final ActionChanges changes;
    private final ActionEvents events;
    private final PlanAccess access;
    private final Clock clock;

    public PlanImporter(PlanTableReader reader, DueDateParser dueDates, MilestoneFinder milestoneFinder, Owners owners,
                        PlanBook book, PlanRepositories.Plans plans, PlanRepositories.Themes themes,
                        PlanRepositories.Outcomes outcomes, PlanRepositories.Recommendations recommendations,
                        ActionRepositories.Actions actions, ActionRepositories.Milestones milestones,
                        ActionRepositories.ProgressUpdates progress, ActionChanges changes, ActionEvents events,
                        PlanAccess access, Clock clock) {
        this.reader = reader;
        this.dueDates = dueDates;
        this.milestoneFinder = milestoneFinder;
        this.owners = owners;
        this.book = book;
        this.plans = plans;
        this.themes = themes;
        this.outcomes = outcomes;
        this.recommendations = recommendations;
        this.actions = actions;
        this.milestones = milestones;
        this.progress = progress;
        this.changes = changes;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importTable(ImportRequest request, Caller caller) {
        access.requireManager(caller);
        Validation check = Validation.start();
        boolean newPlan = Validation.optional(request.planId()) == null;
        String title = newPlan ? check.required("title", request.title()) : null;
        LocalDate adopted = check.date("adopted_on", request.adoptedOn(), false);
        LocalDate progressDate = check.date("progress_date", request.progressDate(), false);
        RecommendationSource source = RecommendationSource.PROTOCOL_REVIEW;
        if (Validation.optional(request.recommendationSource()) != null) {
            source = RecommendationSource.named(request.recommendationSource()).orElse(null);
            if (source == null) {
                check.reject("recommendation_source", "'" + request.recommendationSource() + "' is not one of "
                        + Arrays.toString(RecommendationSource.values()));
            }
        }
        check.throwIfInvalid();
        PlanTable table = reader.read(request.table(), request.mapping() == null ? Map.of() : request.mapping());

        Instant now = clock.instant();
        Plan plan = newPlan
                ? plans.save(new Plan(UUID.randomUUID(), title, Validation.optional(request.council()), adopted,
                        Validation.optional(request.sourceBody()), now))
                : book.plan(Validation.id("plan_id", request.planId()));
        Run run = new Run(plan, source, progressDate == null ? LocalDate.now(clock) : progressDate,
                Optional.ofNullable(Validation.optional(request.author())).orElse(access.authorName(caller)),
                table.columns().containsValue(ColumnRole.ACTION));
        for (PlanRow row : table.rows()) {
            run.take(row);
        }
        return run.report();
    }

    /** One import's working state: the plan as it stands, and what this import has done so far. */
    private final class Run {
        private final Plan plan;
        private final RecommendationSource source;
        private final LocalDate progressDate;
        private final String author;
        private final boolean actionColumn;
        private final Owners.Directory roster = owners.directory();
        private final List<Theme> planThemes;
        private final List<Outcome> planOutcomes;
        private final List<Recommendation> planRecommendations;
        private final List<Action> planActions;
        private final List<ImportReport.Item> created = new ArrayList<>();
        private final List<ImportReport.Item> matched = new ArrayList<>();
        private final List<ImportReport.Item> skipped = new ArrayList<>();
        private int themesCreated;
        private int outcomesCreated;
        private int recommendationsCreated;
        private int milestonesCreated;
        private int progressCreated;

        Run(Plan plan, RecommendationSource source, LocalDate progressDate, String author, boolean actionColumn) {
            this.plan = plan;
            this.source = source;
            this.progressDate = progressDate;
            this.author = author;
            this.actionColumn = actionColumn;
            this.planThemes = new ArrayList<>(themes.findByPlanIdOrderByPosition(plan.id()));
            List<UUID> themeIds = planThemes.stream().map(Theme::id).toList();
            this.planOutcomes = new ArrayList<>(themeIds.isEmpty() ? List.of() : outcomes.findByThemeIdInOrderByPosition(themeIds));
            this.planRecommendations = new ArrayList<>(themeIds.isEmpty() ? List.of()
                    : recommendations.findByThemeIdInOrderByPosition(themeIds));
            this.planActions = new ArrayList<>(actions.findByPlanIdOrderByPosition(plan.id()));
        }

        void take(PlanRow row) {
            String text = row.get(actionColumn ? ColumnRole.ACTION : ColumnRole.RECOMMENDATION);
            if (text.isBlank()) {
                String what = !row.get(ColumnRole.OUTCOME).isBlank() ? "an outcome with no action or recommendation beside it"
                        : "no action or recommendation text";
                skipped.add(new ImportReport.Item(row.line(), null, firstWords(row), what));
                return;
            }
            String reference = Validation.optional(row.get(ColumnRole.REFERENCE));
            List<Action> same = planActions.stream()
                    .filter(a -> reference == null || a.reference() == null || reference.equals(a.reference()))
                    .filter(a -> ActionMatcher.same(a.text(), text)).toList();
            if (same.isEmpty()) {
                create(row, text, reference);
                return;
            }
            for (Action action : same) {
                String reason = attachProgress(action, row) ? "progress recorded" : "already in the plan";
                matched.add(new ImportReport.Item(row.line(), action.id(), action.text(), reason));
            }
        }

        private void create(PlanRow row, String text, String reference) {
            Theme theme = theme(row, reference);
            Outcome outcome = outcome(theme, row.get(ColumnRole.OUTCOME));
            Recommendation recommendation = recommendation(theme, outcome, row.get(ColumnRole.RECOMMENDATION), reference);
            List<Milestone> found = milestoneFinder.find(text);
            DueDate due = due(row.get(ColumnRole.DUE), found);
            String ownerText = firstPresent(row.get(ColumnRole.OWNER), row.get(ColumnRole.SPONSOR), theme.leadName());
            Owners.Owner owner = roster.read(ownerText);
            ActionStatus status = status(row.get(ColumnRole.STATUS), due);
            Action action = actions.save(Action.builder()
                    .placed(plan.id(), theme.id(), recommendation == null ? null : recommendation.id(), planActions.size())
                    .reference(reference).text(text)
                    .owner(Validation.optional(owner.text()), owner.personId(), owner.roles())
                    .answeredBy(roster.answerers(owner.personId(), owner.roles()))
                    .leads(Validation.optional(row.get(ColumnRole.CABINET_LEAD)), Validation.optional(row.get(ColumnRole.SPONSOR)))
                    .due(due).status(status).progressPercent(status.defaultProgress())
                    .createdAt(clock.instant()).build());
            for (int i = 0; i < found.size(); i++) {
                Milestone m = found.get(i);
                milestones.save(new ActionMilestone(UUID.randomUUID(), action.id(), i, m.text(), m.due().text(),
                        m.due().precision(), m.due().deadline(), null, null));
                milestonesCreated++;
            }
            planActions.add(action);
            events.created(action);
            created.add(new ImportReport.Item(row.line(), action.id(), text, "new action under \"" + theme.name() + "\""));
            attachProgress(action, row);
        }

        /** Records the row's progress narrative on the action, once: a re-import adds nothing. */
        private boolean attachProgress(Action action, PlanRow row) {
            String narrative = Validation.optional(row.get(ColumnRole.PROGRESS));
            if (narrative == null || progress.existsByActionIdAndNarrative(action.id(), narrative)) {
                return false;
            }
            Action current = actions.findById(action.id()).orElseThrow();
            ActionStatus started = current.status() == ActionStatus.NOT_STARTED ? ActionStatus.IN_PROGRESS : null;
            Action updated = changes.record(current, narrative, started, null, progressDate, author);
            planActions.replaceAll(a -> a.id().equals(updated.id()) ? updated : a);
            progressCreated++;
            return true;
        }

        private Theme theme(PlanRow row, String reference) {
            ThemeCell cell;
            if (!row.get(ColumnRole.THEME).isBlank()) {
                cell = ThemeCell.parse(row.get(ColumnRole.THEME));
            } else if (!row.heading().isBlank()) {
                cell = new ThemeCell(row.heading(), null, null);
            } else if (!row.get(ColumnRole.RECOMMENDATION).isBlank() && reference != null && actionColumn) {
                // an LGA-style plan, grouped by its numbered recommendations
                String recommendation = row.get(ColumnRole.RECOMMENDATION);
                int dash = recommendation.indexOf(" - ");
                String name = dash > 0 && dash <= 120 ? recommendation.substring(0, dash) : shorten(recommendation);
                cell = new ThemeCell(reference + ". " + name, null, null);
            } else {
                cell = new ThemeCell(GENERAL_THEME, null, null);
            }
            Optional<Theme> existing = planThemes.stream().filter(t -> t.name().equalsIgnoreCase(cell.name())).findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            String leadPersonId = roster.personNamed(cell.leadName()).map(p -> p.personId()).orElse(null);
            Theme theme = themes.save(new Theme(UUID.randomUUID(), plan.id(), planThemes.size(), cell.name(),
                    cell.description(), cell.leadName(), leadPersonId));
            planThemes.add(theme);
            themesCreated++;
            return theme;
        }

        private Outcome outcome(Theme theme, String text) {
            if (text.isBlank()) {
                return null;
            }
            Optional<Outcome> existing = planOutcomes.stream()
                    .filter(o -> o.themeId().equals(theme.id()) && ActionMatcher.normalise(o.text()).equals(ActionMatcher.normalise(text)))
                    .findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            Outcome outcome = outcomes.save(new Outcome(UUID.randomUUID(), theme.id(), planOutcomes.size(), text));
            planOutcomes.add(outcome);
            outcomesCreated++;
            return outcome;
        }

        private Recommendation recommendation(Theme theme, Outcome outcome, String text, String reference) {
            if (text.isBlank()) {
                return null;
            }
            Optional<Recommendation> existing = planRecommendations.stream()
                    .filter(r -> r.themeId().equals(theme.id()) && Objects.equals(r.reference(), reference)
                            && ActionMatcher.normalise(r.text()).equals(ActionMatcher.normalise(text)))
                    .findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            Recommendation recommendation = recommendations.save(new Recommendation(UUID.randomUUID(), theme.id(),
                    outcome == null ? null : outcome.id(), planRecommendations.size(), reference, text, source));
            planRecommendations.add(recommendation);
            recommendationsCreated++;
            return recommendation;
        }

        /** The due column if it says something trackable, else the last milestone in the text, else unstated. */
        private DueDate due(String written, List<Milestone> found) {
            DueDate stated = written.isBlank() ? DueDate.unstated("") : dueDates.parse(written);
            if (stated.precision() != Precision.UNSTATED) {
                return stated;
            }
            return found.stream().map(Milestone::due).filter(d -> d.deadline() != null)
                    .max(Comparator.comparing(DueDate::deadline)).orElse(stated);
        }

        ImportReport report() {
            return new ImportReport(plan.id(), themesCreated, outcomesCreated, recommendationsCreated, milestonesCreated,
                    progressCreated, created, matched, skipped);
        }
    }

    private static ActionStatus status(String written, DueDate due) {
        String text = written.toLowerCase(Locale.ROOT);
        if (text.contains("complete") || text.contains("done") || text.equals("blue")) {
            return ActionStatus.COMPLETE;
        }
        if (text.contains("progress") || text.contains("underway") || text.contains("started") && !text.contains("not")) {
            return ActionStatus.IN_PROGRESS;
        }
        if (text.contains("block")) {
            return ActionStatus.BLOCKED;
        }
        if (text.contains("withdrawn")) {
            return ActionStatus.WITHDRAWN;
        }
        if (text.contains("ongoing") || text.contains("on-going") || due.precision() == Precision.ONGOING) {
            return ActionStatus.ONGOING;
        }
        return ActionStatus.NOT_STARTED;
    }

    private static String firstPresent(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String firstWords(PlanRow row) {
        return shorten(String.join(" ", row.cells().values()).strip());
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77).strip() + "...";
    }
}
