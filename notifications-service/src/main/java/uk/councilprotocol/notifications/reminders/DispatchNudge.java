package uk.councilprotocol.notifications.reminders;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.platform.tenancy.Councils;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends what is due now as soon as it is committed, instead of at the dispatcher's next poll: an acknowledgement
 * reaches the councillor in well under a second rather than up to a poll interval later. It runs on a thread of its
 * own, so the consumer that planned the reminder goes on consuming; nudges that arrive while one is waiting are
 * one run. The poll still runs, and the dispatcher's row locks keep every reminder to one send whichever runs it.
 */
@Singleton
public class DispatchNudge {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchNudge.class);

    private final ReminderDispatcher dispatcher;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "dispatch-nudge");
        thread.setDaemon(true);
        return thread;
    });

    public DispatchNudge(ReminderDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @TransactionalEventListener
    void afterCommit(DueNow due) {
        if (waiting.add(due.council())) {
            runner.execute(() -> {
                waiting.remove(due.council());
                try {
                    Councils.runAs(due.council(), dispatcher::dispatchCouncil);
                } catch (RuntimeException e) {
                    LOG.warn("Sending what was due now for {} failed; the next poll will: {}", due.council(), e.toString());
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
