package uk.councilprotocol.training.assignments;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.training.v1.AssignmentOverdue;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.tenancy.Councils;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Announces, once each, the open assignments that have passed their due date: council by council. */
@Singleton
public class OverdueScanner {
    private static final int BATCH = 500;

    private final AssignmentRepository assignments;
    private final Outbox outbox;
    private final Clock clock;
    private final Councils councils;

    public OverdueScanner(AssignmentRepository assignments, Outbox outbox, Clock clock, Councils councils) {
        this.assignments = assignments;
        this.councils = councils;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${training.overdue-scan-interval:10m}", initialDelay = "5s")
    void scan() {
        councils.forEachServed(() -> {
            while (announceBatch() == BATCH) {
                // keep going until every newly overdue assignment of this council is announced
            }
        });
    }

    @Transactional
    public int announceBatch() {
        Instant now = clock.instant();
        List<Assignment> overdue = assignments.lockNewlyOverdue(LocalDate.now(clock), BATCH);
        for (Assignment assignment : overdue) {
            assignments.update(assignment.overdueAnnounced(now));
            outbox.append(AssignmentPlanner.AGGREGATE, assignment.personId(),
                    AssignmentOverdue.newBuilder().setAssignment(assignment.toProto()).build());
        }
        return overdue.size();
    }
}
