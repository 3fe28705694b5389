package uk.councilprotocol.plans.actions;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.tenancy.Councils;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Publishes ActionOverdue once per deadline, the first time an open action is found past it. Rows are locked
 * (SKIP LOCKED) so two instances of the service never publish the same one.
 */
@Singleton
public class OverdueScanner {
    static final int BATCH = 100;

    private final ActionRepositories.Actions actions;
    private final ActionEvents events;
    private final Clock clock;
    private final Councils councils;

    public OverdueScanner(ActionRepositories.Actions actions, ActionEvents events, Clock clock, Councils councils) {
        this.actions = actions;
        this.events = events;
        this.clock = clock;
        this.councils = councils;
    }

    @Scheduled(fixedDelay = "${plans.overdue-scan-interval:5m}", initialDelay = "20s")
    void scan() {
        councils.forEachServed(() -> {
            while (publishBatch() == BATCH) {
                // until every newly overdue action of this council is published
            }
        });
    }

    @Transactional
    public int publishBatch() {
        LocalDate today = LocalDate.now(clock);
        List<Action> overdue = actions.lockNewlyOverdue(today, BATCH);
        for (Action action : overdue) {
            Action marked = action.overdueNotified(clock.instant());
            actions.update(marked);
            events.overdue(marked, (int) ChronoUnit.DAYS.between(action.deadline(), today));
        }
        return overdue.size();
    }
}
