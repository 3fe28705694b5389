package uk.councilprotocol.training.assignments;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.training.v1.AssignmentCancelled;
import uk.councilprotocol.contracts.training.v1.AssignmentCreated;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.training.completions.Completion;
import uk.councilprotocol.training.completions.CompletionRepository;
import uk.councilprotocol.training.courses.Course;
import uk.councilprotocol.training.requirements.RequirementRule;
import uk.councilprotocol.training.requirements.Requirements;
import uk.councilprotocol.training.roster.Person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps a person's open assignments in line with what the rules require of them now: a new requirement
 * gets an assignment, one that no longer applies (role changed, person left) is cancelled.
 */
@Singleton
public class AssignmentPlanner {
    static final String AGGREGATE = "person";

    private final AssignmentRepository assignments;
    private final CompletionRepository completions;
    private final Outbox outbox;
    private final Clock clock;

    public AssignmentPlanner(AssignmentRepository assignments, CompletionRepository completions, Outbox outbox,
                             Clock clock) {
        this.assignments = assignments;
        this.completions = completions;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Changes(int created, int cancelled) {
        public Changes plus(Changes other) {
            return new Changes(created + other.created, cancelled + other.cancelled);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Changes reconcile(Person person, List<RequirementRule> activeRules, Map<String, Course> courses) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Map<String, Integer> required = Requirements.requiredOf(person, activeRules);
        int created = 0;
        int cancelled = 0;
        List<Assignment> open = assignments.findByPersonIdAndStatus(person.id(), AssignmentStatus.OPEN);
        for (Assignment assignment : open) {
            if (!required.containsKey(assignment.courseCode())) {
                assignments.update(assignment.withStatus(AssignmentStatus.CANCELLED, now));
                outbox.append(AGGREGATE, person.id(), AssignmentCancelled.newBuilder()
                        .setAssignmentId(assignment.id().toString())
                        .setPersonId(person.id())
                        .setCourseCode(assignment.courseCode())
                        .setReason(person.active() ? "no longer required by the rules" : "person is no longer active")
                        .build());
                cancelled++;
            }
        }
        for (Map.Entry<String, Integer> requirement : required.entrySet()) {
            String courseCode = requirement.getKey();
            if (open.stream().anyMatch(a -> a.courseCode().equals(courseCode))) {
                continue;
            }
            Course course = courses.get(courseCode);
            Optional<Completion> latest = completions.findFirstByPersonIdAndCourseCodeOrderByCompletedOnDesc(person.id(), courseCode);
            if (latest.isPresent() && latest.get().isValidOn(today)) {
                // Already done; a course that expires is due again when it does.
                if (latest.get().expiresOn() != null) {
                    create(person, course, latest.get().expiresOn(), "renewal");
                    created++;
                }
                continue;
            }
            LocalDate from = person.startDate().isAfter(today) ? person.startDate() : today;
            create(person, course, from.plusDays(requirement.getValue()), "rule");
            created++;
        }
        return new Changes(created, cancelled);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment create(Person person, Course course, LocalDate dueDate, String reason) {
        Instant now = clock.instant();
        Assignment assignment = assignments.save(new Assignment(UUID.randomUUID(), person.id(), course.code(), dueDate,
                LocalDate.now(clock), AssignmentStatus.OPEN, reason, null, now, now));
        outbox.append(AGGREGATE, person.id(), AssignmentCreated.newBuilder()
                .setAssignment(assignment.toProto())
                .setPersonName(person.fullName())
                .setCourseTitle(course.title())
                .build());
        return assignment;
    }
}
