package uk.councilprotocol.training.assignments;

import com.google.common.collect.Lists;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.training.v1.AssignmentCancelled;
import uk.councilprotocol.contracts.training.v1.AssignmentCreated;
import uk.councilprotocol.platform.ids.TimeOrderedIds;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.rows.RowsInsert;
import uk.councilprotocol.training.courses.Course;
import uk.councilprotocol.training.courses.CourseCatalogue;
import uk.councilprotocol.training.requirements.RequirementRule;
import uk.councilprotocol.training.requirements.Requirements;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.Replanning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Map;

/**
 * Keeps a person's open assignments in line with what the rules require of them now: a new requirement
 * gets an assignment, one that no longer applies (role changed, person left) is cancelled.
 */
@Singleton
public class AssignmentPlanner implements Replanning {
    public static final String AGGREGATE = "person";
    private static final int RUN = 1000;
    /** A roster import or a new rule creates thousands at once: one statement a run (see {@link RowsInsert}). */
    private static final RowsInsert<Assignment> ROWS = RowsInsert.into("assignment", Assignment.class)
            .column("id", "uuid", Assignment::id)
            .column("person_id", "text", Assignment::personId)
            .column("course_code", "text", Assignment::courseCode)
            .column("due_date", "date", Assignment::dueDate)
            .column("assigned_on", "date", Assignment::assignedOn)
            .column("status", "text", Assignment::status)
            .column("reason", "text", Assignment::reason)
            .column("overdue_announced_at", "timestamptz", Assignment::overdueAnnouncedAt)
            .column("created_at", "timestamptz", Assignment::createdAt)
            .column("updated_at", "timestamptz", Assignment::updatedAt);

    private final AssignmentRepository assignments;
    private final JdbcOperations jdbc;
    private final CompletionHistory completions;
    private final Requirements requirements;
    private final CourseCatalogue catalogue;
    private final Outbox outbox;
    private final Clock clock;

    public AssignmentPlanner(AssignmentRepository assignments, JdbcOperations jdbc, CompletionHistory completions, Requirements requirements,
                             CourseCatalogue catalogue, Outbox outbox, Clock clock) {
        this.assignments = assignments;
        this.jdbc = jdbc;
        this.completions = completions;
        this.requirements = requirements;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** People changed, or the rules did: plan them against the rules in force now. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Counts replan(List<Person> people) {
        return reconcile(people, requirements.activeRules(), catalogue.byCode());
    }

    /**
     * Plans many people at once (a roster import, a new rule): a run of people's open assignments and latest
     * completions are read in a few queries, and the run's new assignments and their events written in a few
     * statements before the next run is read, so a council-wide change holds one run's rows at a time.
     */
    private Counts reconcile(List<Person> people, List<RequirementRule> activeRules, Map<String, Course> courses) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int cancelled = 0;
        List<Assigned> assigned = new ArrayList<>();
        for (List<Person> run : Lists.partition(people, RUN)) {
            List<String> ids = run.stream().map(Person::id).toList();
            Map<String, List<Assignment>> openByPerson = assignments.findByPersonIdInAndStatus(ids, AssignmentStatus.OPEN)
                    .stream().collect(Collectors.groupingBy(Assignment::personId));
            Map<String, CompletionHistory.Latest> latest = completions.latestOf(ids).stream()
                    .collect(Collectors.toMap(c -> c.personId() + "/" + c.courseCode(), Function.identity()));
            List<Assignment> toCreate = new ArrayList<>();
            List<Assignment> toCancel = new ArrayList<>();
            List<Outbox.Event> events = new ArrayList<>();
            for (Person person : run) {
                Map<String, LocalDate> required = Requirements.requiredOf(person, activeRules, today, course -> {
                    CompletionHistory.Latest done = latest.get(person.id() + "/" + course);
                    return done != null && done.isValidOn(today);
                });
                plan(person, required, openByPerson.getOrDefault(person.id(), List.of()), latest, courses, today, now,
                        toCreate, toCancel, events);
            }
            ROWS.insert(jdbc.getConnection(), toCreate);
            assignments.updateAll(toCancel);
            outbox.appendAll(AGGREGATE, events);
            cancelled += toCancel.size();
            toCreate.forEach(a -> assigned.add(new Assigned(a.personId(), a.courseCode(), a.dueDate())));
        }
        return new Counts(assigned.size(), cancelled, assigned);
    }

    private void plan(Person person, Map<String, LocalDate> required, List<Assignment> open, Map<String, CompletionHistory.Latest> latest,
                      Map<String, Course> courses, LocalDate today, Instant now, List<Assignment> toCreate,
                      List<Assignment> toCancel, List<Outbox.Event> events) {
        for (Assignment assignment : open) {
            if (!required.containsKey(assignment.courseCode())) {
                toCancel.add(assignment.withStatus(AssignmentStatus.CANCELLED, now));
                events.add(new Outbox.Event(person.id(), AssignmentCancelled.newBuilder()
                        .setAssignmentId(assignment.id().toString())
                        .setPersonId(person.id())
                        .setCourseCode(assignment.courseCode())
                        .setReason(person.active() ? "no longer required by the rules" : "person is no longer active")
                        .build()));
            }
        }
        for (Map.Entry<String, LocalDate> requirement : required.entrySet()) {
            String courseCode = requirement.getKey();
            if (open.stream().anyMatch(a -> a.courseCode().equals(courseCode))) {
                continue;
            }
            CompletionHistory.Latest done = latest.get(person.id() + "/" + courseCode);
            LocalDate due;
            String reason;
            if (done != null && done.isValidOn(today)) {
                if (done.expiresOn() == null) {
                    continue; // done for good
                }
                due = done.expiresOn(); // due again when it expires
                reason = "renewal";
            } else {
                due = requirement.getValue();
                reason = "rule";
            }
            Assignment assignment = newAssignment(person, courseCode, due, reason, today, now);
            toCreate.add(assignment);
            events.add(new Outbox.Event(person.id(), created(assignment, person, courses.get(courseCode))));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment create(Person person, Course course, LocalDate dueDate, String reason) {
        Planned planned = plan(person, course, dueDate, reason);
        Assignment assignment = assignments.save(planned.assignment());
        outbox.append(AGGREGATE, person.id(), planned.event().payload());
        return assignment;
    }

    /** A new open assignment and the event that announces it, for a caller that writes many together ({@link #insertAll}). */
    public record Planned(Assignment assignment, Outbox.Event event) {
    }

    /** What {@link #create} would write, not written yet. */
    public Planned plan(Person person, Course course, LocalDate dueDate, String reason) {
        Assignment assignment = newAssignment(person, course.code(), dueDate, reason, LocalDate.now(clock), clock.instant());
        return new Planned(assignment, new Outbox.Event(person.id(), created(assignment, person, course)));
    }

    /** Planned assignments, each as it stands now (a bulk batch may have completed one already), in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insertAll(List<Assignment> planned) {
        ROWS.insert(jdbc.getConnection(), planned);
    }

    private static Assignment newAssignment(Person person, String courseCode, LocalDate due, String reason,
                                            LocalDate today, Instant now) {
        return new Assignment(TimeOrderedIds.next(), person.id(), courseCode, due, today, AssignmentStatus.OPEN, reason,
                null, now, now);
    }

    private static AssignmentCreated created(Assignment assignment, Person person, Course course) {
        return AssignmentCreated.newBuilder()
                .setAssignment(assignment.toProto())
                .setPersonName(person.fullName())
                .setCourseTitle(course.title())
                .build();
    }
}
