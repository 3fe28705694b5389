package uk.councilprotocol.training.extensions;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.training.v1.AssignmentDueDateChanged;
import uk.councilprotocol.contracts.training.v1.ExtensionDecided;
import uk.councilprotocol.contracts.training.v1.ExtensionRequested;
import uk.councilprotocol.platform.audit.AuditChanges;
import uk.councilprotocol.platform.errors.ConflictException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.errors.RequestChecks;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.training.assignments.Assignment;
import uk.councilprotocol.training.assignments.AssignmentPlanner;
import uk.councilprotocol.training.assignments.AssignmentRepository;
import uk.councilprotocol.training.assignments.AssignmentStatus;
import uk.councilprotocol.training.courses.Course;
import uk.councilprotocol.training.courses.CourseCatalogue;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Requests for more time: the person (or HR for them) asks for a later due date with a reason; the line manager, a
 * councillor's group leader, or HR where there is neither, approves or declines. An approval moves the assignment's
 * due date, and its reminders re-plan from the event. Every step is kept and published.
 */
@Singleton
public class Extensions {
    /** How far ahead a request may push a due date. */
    static final int LONGEST_EXTENSION_DAYS = 366;

    private final ExtensionRequestRepository requests;
    private final AssignmentRepository assignments;
    private final PersonRepository people;
    private final CourseCatalogue catalogue;
    private final Outbox outbox;
    private final RequestChecks requestChecks;
    private final Clock clock;

    public Extensions(ExtensionRequestRepository requests, AssignmentRepository assignments, PersonRepository people,
                      CourseCatalogue catalogue, Outbox outbox, RequestChecks requestChecks, Clock clock) {
        this.requests = requests;
        this.assignments = assignments;
        this.people = people;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.requestChecks = requestChecks;
        this.clock = clock;
    }

    @Transactional
    public ExtensionView request(String assignmentId, ExtensionAsk ask, Caller caller) {
        Validation check = requestChecks.start(ask);
        // locked, so that of two requests sent at once the second finds the first waiting (409), not a duplicate key
        Assignment assignment = assignments.lock(Validation.id("assignment_id", assignmentId))
                .orElseThrow(() -> new NotFoundException("Assignment", assignmentId));
        Person person = people.findById(assignment.personId()).orElseThrow(() -> new NotFoundException("Person", assignment.personId()));
        if (!(caller.is(person.id()) || caller.hasAny(Roles.HR, Roles.ADMIN))) {
            throw new ForbiddenException("only " + person.id() + " themselves, or HR, may ask for more time on their training");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate wanted = check.has("requested_due_date") ? null : check.date("requested_due_date", ask.requestedDueDate(), true);
        if (wanted != null && !wanted.isAfter(assignment.dueDate())) {
            check.reject("requested_due_date", wanted + " is not after the current due date, " + assignment.dueDate());
        } else if (wanted != null && wanted.isBefore(today)) {
            check.reject("requested_due_date", wanted + " is in the past");
        } else if (wanted != null && wanted.isAfter(today.plusDays(LONGEST_EXTENSION_DAYS))) {
            check.reject("requested_due_date", wanted + " is more than a year away");
        }
        check.throwIfInvalid();
        if (assignment.status() != AssignmentStatus.OPEN) {
            throw new ConflictException("the assignment is " + assignment.status().name().toLowerCase(Locale.ROOT) + ", not open");
        }
        if (requests.existsByAssignmentIdAndStatus(assignment.id(), ExtensionStatus.PENDING)) {
            throw new ConflictException("a request for more time on this assignment is already waiting for a decision");
        }
        Approver approver = Approver.of(person, people);
        ExtensionRequest request = requests.save(new ExtensionRequest(UUID.randomUUID(), assignment.id(), person.id(),
                assignment.courseCode(), assignment.dueDate(), wanted, ask.reason().strip(), ExtensionStatus.PENDING,
                approver.personId(), approver.role(), caller.subject(), clock.instant(), null, null, null));
        ExtensionView view = view(request, person);
        outbox.append(AssignmentPlanner.AGGREGATE, person.id(), ExtensionRequested.newBuilder().setRequest(view.toProto()).build());
        return view;
    }

    @Transactional
    public ExtensionView decide(String requestId, ExtensionDecision decision, Caller caller) {
        Validation check = requestChecks.start(decision);
        String note = Validation.optional(decision.note());
        if (!check.has("decision") && !decision.approves() && note == null) {
            check.reject("note", "is required when declining: the person is told why");
        }
        ExtensionRequest request = requests.lock(Validation.id("request_id", requestId))
                .orElseThrow(() -> new NotFoundException("Extension request", requestId));
        requireMayDecide(request, caller);
        check.throwIfInvalid();
        if (!request.pending()) {
            throw new ConflictException("the request was already " + request.status().name().toLowerCase(Locale.ROOT)
                    + " by " + request.decidedBy() + " on " + request.decidedAt());
        }
        Instant now = clock.instant();
        if (decision.approves()) {
            Assignment assignment = assignments.findById(request.assignmentId()).orElseThrow();
            if (assignment.status() != AssignmentStatus.OPEN) {
                throw new ConflictException("the assignment is " + assignment.status().name().toLowerCase(Locale.ROOT)
                        + ", so there is nothing to extend; decline the request instead");
            }
            Assignment moved = assignments.update(assignment.dueOn(request.requestedDueDate(), now));
            AuditChanges.note("due_date", assignment.dueDate(), moved.dueDate());
            outbox.append(AssignmentPlanner.AGGREGATE, request.personId(), AssignmentDueDateChanged.newBuilder()
                    .setAssignment(moved.toProto())
                    .setPreviousDueDate(assignment.dueDate().toString())
                    .setReason("more time approved by " + caller.subject())
                    .build());
        }
        ExtensionRequest decided = requests.update(request.decided(decision.approves(), caller.subject(), note, now));
        AuditChanges.note("status", request.status(), decided.status());
        ExtensionView view = view(decided, people.findById(decided.personId()).orElseThrow());
        outbox.append(AssignmentPlanner.AGGREGATE, decided.personId(), ExtensionDecided.newBuilder().setRequest(view.toProto()).build());
        return view;
    }

    @Transactional
    public ExtensionView get(String requestId, Caller caller) {
        ExtensionRequest request = requests.findById(Validation.id("request_id", requestId))
                .orElseThrow(() -> new NotFoundException("Extension request", requestId));
        if (!mayRead(request, caller)) {
            throw new ForbiddenException("only the person, their " + request.approverRole() + " or HR may see this request");
        }
        return view(request, people.findById(request.personId()).orElseThrow());
    }

    /** HR sees every request; anyone else those they asked for or are to decide. Newest first, at most 500. */
    @Transactional
    public List<ExtensionView> list(@Nullable ExtensionStatus status, @Nullable String personId, Caller caller) {
        String involving = caller.hasAny(Roles.HR, Roles.ADMIN) ? null : caller.personId();
        List<ExtensionRequest> found = requests.find(status == null ? null : status.name(), personId, involving);
        Map<String, Person> byId = people.findByIdIn(found.stream().map(ExtensionRequest::personId).distinct().toList())
                .stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Map<String, Course> courses = catalogue.byCode();
        return found.stream().map(r -> new ExtensionView(r, byId.get(r.personId()).fullName(), title(courses, r.courseCode()))).toList();
    }

    private static boolean mayRead(ExtensionRequest request, Caller caller) {
        return caller.hasAny(Roles.HR, Roles.ADMIN) || caller.is(request.personId()) || caller.is(request.approverId());
    }

    /** The approver named on the request, or HR; never the person who asked. */
    private static void requireMayDecide(ExtensionRequest request, Caller caller) {
        if (caller.is(request.personId())) {
            throw new ForbiddenException("nobody decides their own request for more time");
        }
        if (!(caller.is(request.approverId()) || caller.hasAny(Roles.HR, Roles.ADMIN))) {
            throw new ForbiddenException("only " + (request.approverId() == null ? "HR" : "the person's " + request.approverRole()
                    + " or HR") + " may decide this request");
        }
    }

    private ExtensionView view(ExtensionRequest request, Person person) {
        return new ExtensionView(request, person.fullName(), title(catalogue.byCode(), request.courseCode()));
    }

    private static String title(Map<String, Course> courses, String code) {
        Course course = courses.get(code);
        return course == null ? code : course.title();
    }

}
