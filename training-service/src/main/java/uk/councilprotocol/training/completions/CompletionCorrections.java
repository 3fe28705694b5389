package uk.councilprotocol.training.completions;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.training.v1.AssignmentCancelled;
import uk.councilprotocol.contracts.training.v1.AssignmentDueDateChanged;
import uk.councilprotocol.contracts.training.v1.AssignmentReopened;
import uk.councilprotocol.contracts.training.v1.CompletionCorrected;
import uk.councilprotocol.contracts.training.v1.CompletionWithdrawn;
import uk.councilprotocol.platform.audit.AuditChanges;
import uk.councilprotocol.platform.errors.ConflictException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.RequestChecks;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.training.assignments.Assignment;
import uk.councilprotocol.training.assignments.AssignmentPlanner;
import uk.councilprotocol.training.assignments.AssignmentRepository;
import uk.councilprotocol.training.assignments.AssignmentStatus;
import uk.councilprotocol.training.courses.Course;
import uk.councilprotocol.training.courses.CourseRepository;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonAccess;
import uk.councilprotocol.training.roster.PersonRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * HR puts right a completion recorded wrongly. A correction changes its date, provider or evidence (a new date moves
 * the expiry, and the renewal it scheduled); a withdrawal stops it counting, cancels its renewal and reopens the
 * assignment it fulfilled, due as before. Each keeps before and after, who, when and why, and is published.
 */
@Singleton
public class CompletionCorrections {
    private final CompletionRepository completions;
    private final CompletionCorrectionRepository corrections;
    private final AssignmentRepository assignments;
    private final AssignmentPlanner planner;
    private final PersonRepository people;
    private final CourseRepository courses;
    private final Outbox outbox;
    private final RequestChecks requestChecks;
    private final Clock clock;

    public CompletionCorrections(CompletionRepository completions, CompletionCorrectionRepository corrections,
                                 AssignmentRepository assignments, AssignmentPlanner planner, PersonRepository people,
                                 CourseRepository courses, Outbox outbox, RequestChecks requestChecks, Clock clock) {
        this.completions = completions;
        this.corrections = corrections;
        this.assignments = assignments;
        this.planner = planner;
        this.people = people;
        this.courses = courses;
        this.outbox = outbox;
        this.requestChecks = requestChecks;
        this.clock = clock;
    }

    @Transactional
    public Completion correct(String completionId, CorrectionRequest request, Caller caller) {
        caller.require(Roles.HR, Roles.ADMIN);
        Validation check = requestChecks.start(request);
        LocalDate completedOn = check.has("completed_on") ? null : check.date("completed_on", request.completedOn(), true);
        if (completedOn != null && completedOn.isAfter(LocalDate.now(clock))) {
            check.reject("completed_on", completedOn + " is in the future");
        }
        Completion before = lockCounting(completionId);
        String provider = Validation.optional(request.provider());
        String evidence = request.evidenceReference() == null ? "" : request.evidenceReference().strip();
        if (check.ok() && completedOn.equals(before.completedOn()) && provider.equals(before.provider())
                && evidence.equals(before.evidenceReference())) {
            check.reject("completed_on", "the correction changes nothing: give the right date, provider or evidence reference");
        }
        check.throwIfInvalid();
        if (!completedOn.equals(before.completedOn())
                && completions.findByPersonIdAndCourseCodeAndCompletedOn(before.personId(), before.courseCode(), completedOn).isPresent()) {
            throw new ConflictException(before.personId() + " already has a completion of " + before.courseCode() + " on " + completedOn);
        }
        Course course = courses.findById(before.courseCode()).orElseThrow();
        LocalDate expiresOn = course.expiryOf(completedOn, completions.latestBefore(before.personId(), before.courseCode(),
                completedOn, before.id()).map(Completion::expiresOn).orElse(null)).orElse(null);
        Completion after = completions.update(before.corrected(completedOn, provider, evidence, expiresOn));
        AuditChanges.note("completed_on", before.completedOn(), after.completedOn());
        AuditChanges.note("provider", before.provider(), after.provider());
        AuditChanges.note("evidence_reference", before.evidenceReference(), after.evidenceReference());
        AuditChanges.note("expires_on", before.expiresOn(), after.expiresOn());
        Instant now = clock.instant();
        corrections.save(CompletionCorrection.of(before, after, request.reason().strip(), caller.subject(), now));
        outbox.append(AssignmentPlanner.AGGREGATE, before.personId(), CompletionCorrected.newBuilder()
                .setBefore(before.toProto()).setAfter(after.toProto()).setReason(request.reason().strip())
                .setCorrectedBy(caller.subject()).build());
        if (!Objects.equals(before.expiresOn(), after.expiresOn())) {
            renewalOf(before).ifPresent(renewal -> {
                Assignment moved = assignments.update(renewal.dueOn(after.expiresOn(), now));
                outbox.append(AssignmentPlanner.AGGREGATE, before.personId(), AssignmentDueDateChanged.newBuilder()
                        .setAssignment(moved.toProto()).setPreviousDueDate(renewal.dueDate().toString())
                        .setReason("the completion it renews was corrected by " + caller.subject()).build());
            });
        }
        return after;
    }

    @Transactional
    public Completion withdraw(String completionId, WithdrawalRequest request, Caller caller) {
        caller.require(Roles.HR, Roles.ADMIN);
        requestChecks.start(request).throwIfInvalid();
        Completion before = lockCounting(completionId);
        String reason = request.reason().strip();
        Completion withdrawn = completions.update(before.asWithdrawn());
        Instant now = clock.instant();
        corrections.save(CompletionCorrection.of(before, null, reason, caller.subject(), now));
        outbox.append(AssignmentPlanner.AGGREGATE, before.personId(), CompletionWithdrawn.newBuilder()
                .setCompletion(withdrawn.toProto()).setReason(reason).setWithdrawnBy(caller.subject()).build());
        renewalOf(before).ifPresent(renewal -> {
            assignments.update(renewal.withStatus(AssignmentStatus.CANCELLED, now));
            outbox.append(AssignmentPlanner.AGGREGATE, before.personId(), AssignmentCancelled.newBuilder()
                    .setAssignmentId(renewal.id().toString()).setPersonId(before.personId()).setCourseCode(before.courseCode())
                    .setReason("the completion it renewed was withdrawn").build());
        });
        Person person = people.findById(before.personId()).orElseThrow();
        Optional.ofNullable(before.fulfilledAssignmentId()).flatMap(assignments::findById)
                .filter(fulfilled -> fulfilled.status() == AssignmentStatus.COMPLETED)
                .filter(fulfilled -> assignments.findByPersonIdAndCourseCodeAndStatus(before.personId(), before.courseCode(),
                        AssignmentStatus.OPEN).isEmpty())
                .ifPresent(fulfilled -> {
                    Assignment reopened = assignments.update(fulfilled.reopened(now));
                    outbox.append(AssignmentPlanner.AGGREGATE, before.personId(), AssignmentReopened.newBuilder()
                            .setAssignment(reopened.toProto()).setPersonName(person.fullName())
                            .setCourseTitle(courses.findById(before.courseCode()).map(Course::title).orElse(before.courseCode()))
                            .setReason("the completion that fulfilled it was withdrawn: " + reason)
                            .setReopenedAt(now.toString()).build());
                });
        planner.replan(List.of(person));   // a course the rules still require, and nothing open for it: assigned afresh
        return withdrawn;
    }

    public List<CompletionCorrection> ofPerson(String personId, Caller caller) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        PersonAccess.requireRead(caller, person);
        return corrections.findByPersonIdOrderByCorrectedAtDesc(personId);
    }

    private Completion lockCounting(String completionId) {
        UUID id = Validation.id("completion_id", completionId);
        Completion completion = completions.lock(id).orElseThrow(() -> new NotFoundException("Completion", completionId));
        if (completion.withdrawn()) {
            throw new ConflictException("the completion was withdrawn; there is nothing to change");
        }
        return completion;
    }

    /** The open renewal this completion scheduled: due on its expiry. */
    private Optional<Assignment> renewalOf(Completion completion) {
        if (completion.expiresOn() == null) {
            return Optional.empty();
        }
        return assignments.findByPersonIdAndCourseCodeAndStatus(completion.personId(), completion.courseCode(), AssignmentStatus.OPEN)
                .filter(open -> "renewal".equals(open.reason()) && open.dueDate().equals(completion.expiresOn()));
    }
}
