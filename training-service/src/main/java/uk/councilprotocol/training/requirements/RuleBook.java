package uk.councilprotocol.training.requirements;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import uk.councilprotocol.training.roster.Person;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.platform.errors.ConflictException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.RequestChecks;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.tenancy.CouncilStatistics;
import uk.councilprotocol.training.courses.CourseCatalogue;
import uk.councilprotocol.training.roster.PersonKind;
import uk.councilprotocol.training.roster.PersonRepository;
import uk.councilprotocol.training.roster.Replanning;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** HR's requirement rules. Adding or retiring a rule re-plans everyone's assignments at once. */
@Singleton
public class RuleBook {
    private final RequirementRuleRepository rules;
    private final CourseCatalogue catalogue;
    private final PersonRepository people;
    private final Replanning replanning;
    private final Clock clock;
    private final RequestChecks requestChecks;
    private final TransactionOperations<Connection> transactions;
    private final CouncilStatistics statistics;
    private final JdbcOperations jdbc;

    public RuleBook(RequirementRuleRepository rules, CourseCatalogue catalogue, PersonRepository people,
                    Replanning replanning, Clock clock, RequestChecks requestChecks, TransactionOperations<Connection> transactions,
                    CouncilStatistics statistics, JdbcOperations jdbc) {
        this.requestChecks = requestChecks;
        this.transactions = transactions;
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.rules = rules;
        this.catalogue = catalogue;
        this.people = people;
        this.replanning = replanning;
        this.clock = clock;
    }

    @Serdeable
    public record RuleChange(RequirementRule rule, int assignmentsCreated, int assignmentsCancelled) {
    }

    public List<RequirementRule> all() {
        return rules.listOrderByCourseCode();
    }

    @Transactional
    public RuleChange add(RuleRequest request) {
        RequirementRule rule = rules.save(draft(request));
        keepStatisticsCurrent();
        Replanning.Counts changes = replanEveryone();
        return new RuleChange(rule, changes.created(), changes.cancelled());
    }

    /** Who a rule would assign, and by when, before HR saves it: at most this many named, the rest counted. */
    public static final int PREVIEW_NAMES = 50;

    @Serdeable
    public record Preview(int assignments, List<Assignee> first) {
    }

    @Serdeable
    public record Assignee(String personId, String fullName, LocalDate dueDate) {
    }

    /**
     * Exactly what adding the rule would do, because it is done — the rule saved, everyone planned again — in a
     * transaction that is then rolled back: nothing is kept, no event leaves.
     */
    public Preview preview(RuleRequest request) {
        return preview(request, null);
    }

    /** What changing rule {@code replacing} to the request would do, worked out as {@link #preview(RuleRequest)} is. */
    @Transactional
    public Preview preview(RuleRequest request, @Nullable UUID replacing) {
        RequirementRule draft = draft(request);
        if (replacing != null) {
            rules.update(active(replacing).retired());
        }
        rules.save(draft);
        Replanning.Counts changes = replanEveryone();
        transactions.findTransactionStatus().orElseThrow().setRollbackOnly();
        Map<String, Person> byId = people.findByIdIn(changes.assigned().stream().map(Replanning.Assigned::personId).toList())
                .stream().collect(Collectors.toMap(Person::id, Function.identity()));
        List<Assignee> named = changes.assigned().stream()
                .map(a -> new Assignee(a.personId(), byId.get(a.personId()).fullName(), a.dueDate()))
                .sorted(Comparator.comparing(Assignee::fullName).thenComparing(Assignee::personId))
                .limit(PREVIEW_NAMES).toList();
        return new Preview(changes.created(), named);
    }

    /** The rule HR asked for, checked: the course is in the catalogue, the kind is one of the roster's. */
    private RequirementRule draft(RuleRequest request) {
        Validation check = requestChecks.start(request);
        String courseCode = Validation.optional(request.courseCode());
        PersonKind kind = null;
        if (request.personKind() != null && !request.personKind().isBlank()) {
            kind = PersonKind.parse(request.personKind()).orElse(null);
            if (kind == null) {
                check.reject("person_kind", "'" + request.personKind() + "' is not one of officer, councillor, co-opted member");
            }
        }
        if (courseCode != null && !catalogue.byCode().containsKey(courseCode)) {
            check.reject("course_code", "'" + courseCode + "' is not a course in the catalogue");
        }
        Due due = due(request, courseCode, check);
        check.throwIfInvalid();
        String role = Validation.optional(request.role());
        return new RequirementRule(UUID.randomUUID(), courseCode, kind, role == null ? null : role.toLowerCase(Locale.ROOT).replace(' ', '-'),
                Validation.optional(request.department()), request.dueWithinDays() == null ? 0 : request.dueWithinDays(), true, clock.instant(),
                Validation.optional(request.politicalGroup()), due.from(), due.by(), due.afterCourse());
    }

    private record Due(DueFrom from, String by, String afterCourse) {
    }

    /** The kind of due date and what it needs: a day of the year for a fixed date, another course for after-course. */
    private Due due(RuleRequest request, String courseCode, Validation check) {
        String fromText = Validation.optional(request.dueFrom());
        DueFrom from = fromText == null ? DueFrom.STARTING : DueFrom.parse(fromText).orElse(null);
        if (from == null) {
            check.reject("due_from", "'" + fromText + "' is not one of starting, assigned, fixed-date, after-course");
            return new Due(null, null, null);
        }
        Integer days = request.dueWithinDays();
        if (from == DueFrom.FIXED_DATE && days != null && (days < 0 || days > 365)) {
            check.reject("due_within_days", "must be the least notice in days, from 0 to 365");
        } else if (from != DueFrom.FIXED_DATE && (days == null || days < 1 || days > 3650)) {
            check.reject("due_within_days", "must be a number of days from 1 to 3650");
        }
        String by = Validation.optional(request.dueBy());
        if (from == DueFrom.FIXED_DATE && DueDate.dayOfYear(by).isEmpty()) {
            check.reject("due_by", by == null ? "is required for a fixed date (MM-DD, such as 03-31)"
                    : "'" + by + "' is not a day of the year as MM-DD, such as 03-31");
        } else if (from != DueFrom.FIXED_DATE && by != null) {
            check.reject("due_by", "is only for a fixed date (due_from fixed-date)");
        }
        String afterCourse = Validation.optional(request.afterCourse());
        if (from == DueFrom.AFTER_COURSE && afterCourse == null) {
            check.reject("after_course", "is required when the course is due after completing another");
        } else if (from == DueFrom.AFTER_COURSE && !catalogue.byCode().containsKey(afterCourse)) {
            check.reject("after_course", "'" + afterCourse + "' is not a course in the catalogue");
        } else if (from == DueFrom.AFTER_COURSE && afterCourse.equals(courseCode)) {
            check.reject("after_course", "must be another course than the one required");
        } else if (from != DueFrom.AFTER_COURSE && afterCourse != null) {
            check.reject("after_course", "is only for a course due after another (due_from after-course)");
        }
        return new Due(from, from == DueFrom.FIXED_DATE ? by : null, from == DueFrom.AFTER_COURSE ? afterCourse : null);
    }

    /**
     * HR changes a rule: the old one is retired (kept for the record) and the changed one added, in one step. Open
     * assignments the rule still makes keep their due dates, as their reminders said; the changed rule's dates apply
     * to assignments made from now on, and those it no longer covers are cancelled.
     */
    @Transactional
    public RuleChange change(UUID id, RuleRequest request) {
        RequirementRule old = active(id);
        RequirementRule changed = draft(request);   // checked first: a bad request changes nothing
        rules.update(old.retired());
        RequirementRule saved = rules.save(changed);
        keepStatisticsCurrent();
        Replanning.Counts changes = replanEveryone();
        return new RuleChange(saved, changes.created(), changes.cancelled());
    }

    private RequirementRule active(UUID id) {
        RequirementRule rule = rules.findById(id).orElseThrow(() -> new NotFoundException("Rule", id.toString()));
        if (!rule.active()) {
            throw new ConflictException("the rule " + id + " was retired: add a new rule instead");
        }
        return rule;
    }

    @Transactional
    public RuleChange retire(UUID id) {
        RequirementRule rule = rules.findById(id).orElseThrow(() -> new NotFoundException("Rule", id.toString()));
        RequirementRule retired = rules.update(rule.retired());
        Replanning.Counts changes = replanEveryone();
        return new RuleChange(retired, changes.created(), changes.cancelled());
    }

    /** Every completion reads the rules that follow from its course: by key, once the planner counts a new council's. */
    private void keepStatisticsCurrent() {
        statistics.keepSmallTableCurrent(jdbc.getConnection(), "requirement_rule");
    }

    private Replanning.Counts replanEveryone() {
        return replanning.replan(people.findByActiveTrueOrderByFullName());
    }

}
