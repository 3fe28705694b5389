package uk.councilprotocol.training.completions;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import uk.councilprotocol.contracts.training.v1.CompletionRecorded;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.rows.RowsInsert;
import uk.councilprotocol.training.assignments.Assignment;
import uk.councilprotocol.training.assignments.AssignmentPlanner;
import uk.councilprotocol.training.assignments.AssignmentRepository;
import uk.councilprotocol.training.assignments.AssignmentStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What recording completions writes — the assignments they complete, the renewals they open, the completions, their
 * events — gathered and written together at the end of a call or a bulk batch ({@link CompletionService}): one
 * statement of each kind for a batch, not a few a row. In the order the tables need: the assignments completed before
 * the renewals that follow them are opened (a person has one open assignment a course), both before the completions
 * that name them; the events in the order they happened, so each person's keep their order. A renewal completed later
 * in the same batch is written completed.
 */
final class CompletionWrites {
    /** A call's or a batch's completions, in one statement (see {@link RowsInsert}). */
    private static final RowsInsert<Completion> COMPLETIONS = RowsInsert.into("completion", Completion.class)
            .column("id", "uuid", Completion::id)
            .column("person_id", "text", Completion::personId)
            .column("course_code", "text", Completion::courseCode)
            .column("completed_on", "date", Completion::completedOn)
            .column("provider", "text", Completion::provider)
            .column("evidence_reference", "text", Completion::evidenceReference)
            .column("expires_on", "date", Completion::expiresOn)
            .column("fulfilled_assignment_id", "uuid", Completion::fulfilledAssignmentId)
            .column("recorded_at", "timestamptz", Completion::recordedAt)
            .column("withdrawn", "boolean", Completion::withdrawn);

    private final AssignmentRepository assignments;
    private final AssignmentPlanner planner;
    private final Outbox outbox;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Map<UUID, Assignment> completed = new LinkedHashMap<>();
    private final Map<UUID, Assignment> opened = new LinkedHashMap<>();
    private final List<Completion> recorded = new ArrayList<>();
    private final List<Outbox.Event> events = new ArrayList<>();

    CompletionWrites(AssignmentRepository assignments, AssignmentPlanner planner, Outbox outbox, JdbcOperations jdbc, Clock clock) {
        this.assignments = assignments;
        this.planner = planner;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void complete(Assignment assignment) {
        Assignment done = assignment.withStatus(AssignmentStatus.COMPLETED, clock.instant());
        (opened.containsKey(done.id()) ? opened : completed).put(done.id(), done);
    }

    void open(AssignmentPlanner.Planned renewal) {
        opened.put(renewal.assignment().id(), renewal.assignment());
        events.add(renewal.event());
    }

    void record(Completion completion, CompletionRecorded event) {
        recorded.add(completion);
        events.add(new Outbox.Event(completion.personId(), event));
    }

    void flush() {
        if (!completed.isEmpty()) {
            assignments.updateAll(List.copyOf(completed.values()));
        }
        planner.insertAll(List.copyOf(opened.values()));
        COMPLETIONS.insert(jdbc.getConnection(), recorded);
        if (!events.isEmpty()) {
            outbox.appendAll(AssignmentPlanner.AGGREGATE, List.copyOf(events));
        }
        completed.clear();
        opened.clear();
        recorded.clear();
        events.clear();
    }
}
