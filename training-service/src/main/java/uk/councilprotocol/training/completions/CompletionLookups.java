package uk.councilprotocol.training.completions;

import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.training.assignments.Assignment;
import uk.councilprotocol.training.assignments.AssignmentRepository;
import uk.councilprotocol.training.courses.Course;
import uk.councilprotocol.training.courses.CourseRepository;
import uk.councilprotocol.training.requirements.RequirementRule;
import uk.councilprotocol.training.requirements.Requirements;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonRepository;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people, courses and rules a completion is checked against, and whether it is recorded already. Recording
 * completions changes none of the first three, so a bulk batch reads them once, in its transaction — its people in
 * one query, each course and its rules once — the completions its rows name in one query more, adding each it
 * records, and its people's open assignments in one more, kept as its rows complete them and open renewals; a single
 * call reads just the one of each. A bulk row cost ten statements, five of them these.
 *
 * <p>Each person's record of the course is locked before anything is read, until the transaction ends: two calls
 * recording it (a department's retry sent before its first call was answered, two clerks keying the same
 * certificate) take turns, so the second sees what the first recorded — the same completion is not recorded twice,
 * nor two renewals opened — while the person's other courses go ahead. A batch also locks, in id order, the people
 * whose rows complete a prerequisite, as that re-planning would one by one (CompletionService).
 */
final class CompletionLookups {
    private final BiFunction<String, String, Optional<Person>> people;
    private final Function<String, Optional<Course>> courses;
    private final Function<String, List<RequirementRule>> rules;
    private final Function<Key, Optional<Completion>> recorded;
    private final Consumer<Completion> remember;
    private final Consumer<String> lockForReplanning;
    private final OpenAssignments open;

    /** What makes a completion the same one again. */
    private record Key(String personId, String courseCode, LocalDate completedOn) {
        static Key of(Completion completion) {
            return new Key(completion.personId(), completion.courseCode(), completion.completedOn());
        }
    }

    private CompletionLookups(BiFunction<String, String, Optional<Person>> people, Function<String, Optional<Course>> courses,
                              Function<String, List<RequirementRule>> rules, Function<Key, Optional<Completion>> recorded,
                              Consumer<Completion> remember, Consumer<String> lockForReplanning, OpenAssignments open) {
        this.open = open;
        this.people = people;
        this.courses = courses;
        this.rules = rules;
        this.recorded = recorded;
        this.remember = remember;
        this.lockForReplanning = lockForReplanning;
    }

    /** Each looked up as asked: a single call names one person and one course. */
    static CompletionLookups direct(PersonRepository people, CourseRepository courses, Requirements requirements,
                                    CompletionRepository completions, AssignmentRepository assignments) {
        return new CompletionLookups(people::findLockingCourse, courses::findById, requirements::activeRulesAbout,
                key -> completions.findByPersonIdAndCourseCodeAndCompletedOn(key.personId(), key.courseCode(), key.completedOn()),
                completion -> { }, people::lock, OpenAssignments.direct(assignments));
    }

    /** The batch's people fetched at once; each course and its rules on first use, then remembered for the batch. */
    static CompletionLookups forBatch(List<CompletionRequest> rows, PersonRepository people, CourseRepository courses,
                                      Requirements requirements, CompletionRepository completions, AssignmentRepository assignments) {
        Map<String, Optional<Course>> seenCourses = new HashMap<>();
        Map<String, List<RequirementRule>> seenRules = new HashMap<>();
        Function<String, List<RequirementRule>> rulesAbout =
                code -> seenRules.computeIfAbsent(code, requirements::activeRulesAbout);
        lockFor(rows, people, completions, rulesAbout);
        List<String> ids = rows.stream().map(row -> Validation.optional(row.personId())).filter(Objects::nonNull).distinct().toList();
        Map<String, Person> found = ids.isEmpty() ? Map.of()
                : people.findByIdIn(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Map<Key, Completion> already = recordedOf(rows, completions);
        return new CompletionLookups((id, course) -> Optional.ofNullable(found.get(id)),
                code -> seenCourses.computeIfAbsent(code, courses::findById),
                rulesAbout,
                key -> Optional.ofNullable(already.get(key)), completion -> already.put(Key.of(completion), completion),
                personId -> { },   // locked at the batch's start (lockFor)
                OpenAssignments.ofBatch(ids, assignments));
    }

    /**
     * Before the batch reads its people and completions: each row's record of its course, in one statement; then the
     * people whose rows complete a prerequisite (their other courses are planned again, see CompletionService), in id
     * order, rather than row by row as the rows come.
     */
    private static void lockFor(List<CompletionRequest> rows, PersonRepository people, CompletionRepository completions,
                                Function<String, List<RequirementRule>> rulesAbout) {
        Set<String> records = new HashSet<>();
        Set<String> replanned = new HashSet<>();
        for (CompletionRequest row : rows) {
            String personId = Validation.optional(row.personId());
            String courseCode = Validation.optional(row.courseCode());
            if (personId != null && courseCode != null) {
                records.add(personId + "/" + courseCode);   // as PersonRepository#findLockingCourse names it
                if (Requirements.isPrerequisite(rulesAbout.apply(courseCode), courseCode)) {
                    replanned.add(personId);
                }
            }
        }
        if (!records.isEmpty()) {
            completions.lockRecords(records);
        }
        if (!replanned.isEmpty()) {
            people.lockAll(replanned);
        }
    }

    /** The completions recorded already that the rows name (a row with no date, or no real one, names none). */
    private static Map<Key, Completion> recordedOf(List<CompletionRequest> rows, CompletionRepository completions) {
        Set<Key> named = new HashSet<>();
        for (CompletionRequest row : rows) {
            String personId = Validation.optional(row.personId());
            String courseCode = Validation.optional(row.courseCode());
            LocalDate day = dayOf(row.completedOn());
            if (personId != null && courseCode != null && day != null) {
                named.add(new Key(personId, courseCode, day));
            }
        }
        Map<Key, Completion> found = new HashMap<>();
        if (named.isEmpty()) {
            return found;
        }
        Set<String> personIds = new HashSet<>();
        Set<String> courseCodes = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        named.forEach(key -> {
            personIds.add(key.personId());
            courseCodes.add(key.courseCode());
            days.add(key.completedOn());
        });
        for (Completion completion : completions.findByPersonIdInAndCourseCodeInAndCompletedOnIn(personIds, courseCodes, days)) {
            if (named.contains(Key.of(completion))) {
                found.put(Key.of(completion), completion);
            }
        }
        return found;
    }

    private static LocalDate dayOf(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;   // the row is refused for it; recordOne names the field
        }
    }

    /** The person; their record of the course now locked (see above). */
    Optional<Person> person(String id, String courseCode) {
        return people.apply(id, courseCode);
    }

    Optional<Course> course(String code) {
        return courses.apply(code);
    }

    List<RequirementRule> rulesAbout(String courseCode) {
        return rules.apply(courseCode);
    }

    Optional<Completion> recorded(String personId, String courseCode, LocalDate completedOn) {
        return recorded.apply(new Key(personId, courseCode, completedOn));
    }

    /** A completion just recorded: a later row of the batch naming it again is told it is recorded already. */
    void remember(Completion completion) {
        remember.accept(completion);
    }

    /** The person's open assignment for the course, as this transaction's rows have left it. */
    Optional<Assignment> openAssignment(String personId, String courseCode) {
        return open.of(personId, courseCode);
    }

    /** A row completed the assignment (a later row of the batch finds none open), or opened a renewal (it finds that). */
    void closed(Assignment assignment) {
        open.closed(assignment);
    }

    void opened(Assignment assignment) {
        open.opened(assignment);
    }

    /** The person's courses were planned again (a prerequisite completed): what is open is read again. */
    void replanned(String personId) {
        open.reread(personId);
    }

    /**
     * The person locked before their other courses are planned again (a prerequisite completed): two such
     * completions for one person take turns. A batch locked its people at its start, in id order.
     */
    void lockForReplanning(String personId) {
        lockForReplanning.accept(personId);
    }
}
