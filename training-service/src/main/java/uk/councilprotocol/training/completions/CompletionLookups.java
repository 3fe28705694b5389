package uk.councilprotocol.training.completions;

import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.training.courses.Course;
import uk.councilprotocol.training.courses.CourseRepository;
import uk.councilprotocol.training.requirements.RequirementRule;
import uk.councilprotocol.training.requirements.Requirements;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people, courses and rules a completion is checked against. Recording completions changes none of them, so a
 * bulk batch reads them once, in its transaction — its people in one query, each course and its rules once — where
 * a single call reads just the one of each (a bulk row cost ten statements, three of them these).
 */
final class CompletionLookups {
    private final Function<String, Optional<Person>> people;
    private final Function<String, Optional<Course>> courses;
    private final Function<String, List<RequirementRule>> rules;

    private CompletionLookups(Function<String, Optional<Person>> people, Function<String, Optional<Course>> courses,
                              Function<String, List<RequirementRule>> rules) {
        this.people = people;
        this.courses = courses;
        this.rules = rules;
    }

    /** Each looked up as asked: a single call names one person and one course. */
    static CompletionLookups direct(PersonRepository people, CourseRepository courses, Requirements requirements) {
        return new CompletionLookups(people::findById, courses::findById, requirements::activeRulesAbout);
    }

    /** The batch's people fetched at once; each course and its rules on first use, then remembered for the batch. */
    static CompletionLookups forBatch(List<CompletionRequest> rows, PersonRepository people, CourseRepository courses,
                                      Requirements requirements) {
        List<String> ids = rows.stream().map(row -> Validation.optional(row.personId())).filter(Objects::nonNull).distinct().toList();
        Map<String, Person> found = ids.isEmpty() ? Map.of()
                : people.findByIdIn(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Map<String, Optional<Course>> seenCourses = new HashMap<>();
        Map<String, List<RequirementRule>> seenRules = new HashMap<>();
        return new CompletionLookups(id -> Optional.ofNullable(found.get(id)),
                code -> seenCourses.computeIfAbsent(code, courses::findById),
                code -> seenRules.computeIfAbsent(code, requirements::activeRulesAbout));
    }

    Optional<Person> person(String id) {
        return people.apply(id);
    }

    Optional<Course> course(String code) {
        return courses.apply(code);
    }

    List<RequirementRule> rulesAbout(String courseCode) {
        return rules.apply(courseCode);
    }
}
