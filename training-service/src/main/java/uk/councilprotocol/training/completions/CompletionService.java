package uk.councilprotocol.training.completions;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.training.v1.CompletionRecorded;
import uk.councilprotocol.platform.errors.FieldViolation;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.ids.TimeOrderedIds;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.errors.RequestChecks;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.training.assignments.Assignment;
import uk.councilprotocol.training.assignments.AssignmentPlanner;
import uk.councilprotocol.training.assignments.AssignmentRepository;
import uk.councilprotocol.training.courses.Course;
import uk.councilprotocol.training.courses.CourseRepository;
import uk.councilprotocol.training.requirements.RequirementRule;
import uk.councilprotocol.training.requirements.Requirements;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonAccess;
import uk.councilprotocol.training.roster.PersonRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a completion: it fulfils the person's open assignment for the course and, when the course
 * expires, schedules the renewal. Recording the same person, course and date again changes nothing.
 */
@Singleton
public class CompletionService {

    private final CompletionRepository completions;
    private final AssignmentRepository assignments;
    private final PersonRepository people;
    private final CourseRepository courses;
    private final Requirements requirements;
    private final AssignmentPlanner planner;
    private final Outbox outbox;
    private final Clock clock;
    private final RequestChecks requestChecks;
    private final JdbcOperations jdbc;

    public CompletionService(CompletionRepository completions, AssignmentRepository assignments,
                             PersonRepository people, CourseRepository courses, Requirements requirements,
                             AssignmentPlanner planner, Outbox outbox, Clock clock, RequestChecks requestChecks,
                             JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.requestChecks = requestChecks;
        this.completions = completions;
        this.assignments = assignments;
        this.people = people;
        this.courses = courses;
        this.requirements = requirements;
        this.planner = planner;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Recorded(Completion completion, Optional<UUID> fulfilledAssignment, Optional<Assignment> next,
                           boolean alreadyRecorded) {
    }

    @Transactional
    public Recorded record(CompletionRequest request, Caller caller) {
        CompletionWrites writes = newWrites();
        Recorded recorded = recordOne(request, caller,
                CompletionLookups.direct(people, courses, requirements, completions, assignments), writes);
        writes.flush();
        return recorded;
    }

    /**
     * Rows recorded in one transaction, each standing alone: a row refused (its problems named, numbered from
     * {@code firstRow}) writes nothing, and the others are recorded all the same.
     */
    @Transactional
    public BulkCompletions.Report recordEach(List<CompletionRequest> rows, int firstRow, Caller caller) {
        BulkCompletions.Report report = BulkCompletions.Report.EMPTY;
        CompletionLookups lookups = CompletionLookups.forBatch(rows, people, courses, requirements, completions, assignments);
        CompletionWrites writes = newWrites();
        for (int i = 0; i < rows.size(); i++) {
            int row = firstRow + i;
            try {
                report = report.with(recordOne(rows.get(i), caller, lookups, writes));
            } catch (InvalidInputException invalid) {
                report = report.refused(invalid.violations().stream().map(v -> new FieldViolation(v.field(), v.message(), row)).toList());
            } catch (ForbiddenException forbidden) {
                report = report.refused(List.of(new FieldViolation("person_id", forbidden.getMessage(), row)));
            }
        }
        writes.flush();
        return report;
    }

    private CompletionWrites newWrites() {
        return new CompletionWrites(assignments, planner, outbox, jdbc, clock);
    }

    /** Checks every field before writing anything, so a refusal leaves nothing half-written. */
    private Recorded recordOne(CompletionRequest request, Caller caller, CompletionLookups lookups, CompletionWrites writes) {
        Validation check = requestChecks.start(request);
        LocalDate today = LocalDate.now(clock);
        String personId = Validation.optional(request.personId());
        String courseCode = Validation.optional(request.courseCode());
        LocalDate completedOn = check.has("completed_on") ? null : check.date("completed_on", request.completedOn(), true);
        if (completedOn != null && completedOn.isAfter(today)) {
            check.reject("completed_on", completedOn + " is in the future");
        }
        String provider = Validation.optional(request.provider());
        String evidence = request.evidenceReference() == null ? "" : request.evidenceReference().strip();
        Person person = personId == null ? null : lookups.person(personId, courseCode).orElse(null);
        if (personId != null && person == null) {
            check.reject("person_id", "'" + personId + "' is not on the roster");
        }
        Course course = courseCode == null ? null : lookups.course(courseCode).orElse(null);
        if (courseCode != null && course == null) {
            check.reject("course_code", "'" + courseCode + "' is not a course in the catalogue");
        }
        check.throwIfInvalid();
        PersonAccess.requireRecordCompletion(caller, person);

        Optional<Completion> existing = lookups.recorded(personId, courseCode, completedOn);
        if (existing.isPresent()) {
            return new Recorded(existing.get(), Optional.ofNullable(existing.get().fulfilledAssignmentId()),
                    Optional.empty(), true);
        }
        Optional<Assignment> open = lookups.openAssignment(personId, courseCode);
        open.ifPresent(a -> {
            writes.complete(a);
            lookups.closed(a);
        });
        UUID id = TimeOrderedIds.next();
        LocalDate currentExpiry = null;
        if (course.renewsFromCurrentExpiry()) {
            writes.flush();   // the expiry it renews from may be an earlier row's
            currentExpiry = completions.latestBefore(personId, courseCode, completedOn, id).map(Completion::expiresOn).orElse(null);
        }
        LocalDate expiresOn = course.expiryOf(completedOn, currentExpiry).orElse(null);
        Completion completion = new Completion(id, personId, courseCode, completedOn,
                provider, evidence, expiresOn, open.map(Assignment::id).orElse(null),
                clock.instant(), false);
        lookups.remember(completion);
        writes.record(completion, CompletionRecorded.newBuilder()
                .setCompletion(completion.toProto())
                .setFulfilledAssignmentId(open.map(a -> a.id().toString()).orElse(""))
                .build());
        List<RequirementRule> rules = lookups.rulesAbout(course.code());
        Optional<Assignment> next = scheduleRenewal(person, course, completion, rules).map(renewal -> {
            writes.open(renewal);
            lookups.opened(renewal.assignment());
            return renewal.assignment();
        });
        if (Requirements.isPrerequisite(rules, course.code())) {
            writes.flush();   // planning reads the person's assignments and completions from the database
            lookups.lockForReplanning(personId);
            planner.replan(List.of(person));   // a course due "within N days of completing" this one is assigned now
            lookups.replanned(personId);
        }
        return new Recorded(completion, open.map(Assignment::id), next, false);
    }

    /** A person's completions, newest first, for those who may see their training record. */
    public List<Completion> ofPerson(String personId, Caller caller) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        PersonAccess.requireRead(caller, person);
        return completions.findByPersonIdOrderByCompletedOnDesc(personId);
    }

    /** A course that expires is due again on its expiry date, for as long as the rules still require it. */
    private Optional<AssignmentPlanner.Planned> scheduleRenewal(Person person, Course course, Completion completion,
                                                              List<RequirementRule> rules) {
        if (completion.expiresOn() == null) {
            return Optional.empty();
        }
        // a person has at most one open assignment a course (a unique index): the one this completion fulfilled, so
        // none is open now, or none at all when it fulfilled none — recordOne has just looked, in this transaction
        boolean stillRequired = Requirements.requires(person, rules, course.code());
        if (!stillRequired || !completion.isValidOn(LocalDate.now(clock))) {
            return Optional.empty();
        }
        return Optional.of(planner.plan(person, course, completion.expiresOn(), "renewal"));
    }
}
