package uk.councilprotocol.training.requirements;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.RequestChecks;
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
    private final RequestChecks requestChecks;

    public RuleBook(RequirementRuleRepository rules, CourseCatalogue catalogue, PersonRepository people,
                    Replanning replanning, Clock clock, RequestChecks requestChecks) {
        this.requestChecks = requestChecks;
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
        check.throwIfInvalid();
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
