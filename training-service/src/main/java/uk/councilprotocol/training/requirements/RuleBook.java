package uk.councilprotocol.training.requirements;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.Validation;
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

    public RuleBook(RequirementRuleRepository rules, CourseCatalogue catalogue, PersonRepository people,
                    Replanning replanning, Clock clock) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.people = people;
        this.replanning = replanning;
        this.clock = clock;
    }

    @Serdeable
    public record RuleRequest(@Nullable String courseCode, @Nullable String personKind, @Nullable String role,
                              @Nullable String department, @Nullable Integer dueWithinDays) {
    }

    @Serdeable
    public record RuleChange(RequirementRule rule, int assignmentsCreated, int assignmentsCancelled) {
    }

    public List<RequirementRule> all() {
        return rules.listOrderByCourseCode();
    }

    @Transactional
    public RuleChange add(RuleRequest request) {
        Validation check = Validation.start();
        String courseCode = check.required("course_code", request.courseCode());
        PersonKind kind = null;
        if (request.personKind() != null && !request.personKind().isBlank()) {
            kind = PersonKind.parse(request.personKind()).orElse(null);
            if (kind == null) {
                check.reject("person_kind", "'" + request.personKind() + "' is not one of officer, councillor, co-opted member");
            }
        }
        if (request.dueWithinDays() == null || request.dueWithinDays() < 1 || request.dueWithinDays() > 3650) {
            check.reject("due_within_days", "must be a number of days from 1 to 3650");
        }
        check.throwIfInvalid();
        catalogue.require("course_code", courseCode);
        String role = Validation.optional(request.role());
        RequirementRule rule = rules.save(new RequirementRule(UUID.randomUUID(), courseCode, kind,
                role == null ? null : role.toLowerCase(Locale.ROOT).replace(' ', '-'),
                Validation.optional(request.department()), request.dueWithinDays(), true, clock.instant()));
        Replanning.Counts changes = replanEveryone();
        return new RuleChange(rule, changes.created(), changes.cancelled());
    }

    @Transactional
    public RuleChange retire(UUID id) {
        RequirementRule rule = rules.findById(id).orElseThrow(() -> new NotFoundException("Rule", id.toString()));
        RequirementRule retired = rules.update(new RequirementRule(rule.id(), rule.courseCode(), rule.personKind(),
                rule.role(), rule.department(), rule.dueWithinDays(), false, rule.createdAt()));
        Replanning.Counts changes = replanEveryone();
        return new RuleChange(retired, changes.created(), changes.cancelled());
    }

    private Replanning.Counts replanEveryone() {
        return replanning.replan(people.findByActiveTrueOrderByFullName());
    }

}
