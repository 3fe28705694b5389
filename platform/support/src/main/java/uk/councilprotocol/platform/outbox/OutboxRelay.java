package uk.councilprotocol.platform.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Relays the outbox to Kafka by polling (every 100 ms) and, while the outbox is quiet, as soon as a transaction that
 * wrote to it commits: an enquiry's acknowledgement goes out in tens of milliseconds instead of waiting for the next
 * poll. Under load ({@value RelayLoad#QUIET_PER_SECOND} events a second or more, this second or the last) commits no
 * longer wake it and the poll takes everything committed meanwhile in one batch — waking on every commit
 * there cost a third of RecordCompletion's rate on the 2-core bench (many small batches, here and in every
 * consumer downstream). Not a longer poll either: every 250 ms, each batch woke the consumers downstream at once
 * on the 2-core bench, and the calls that came meanwhile took 15–60 ms (RecordCompletion at half its full rate:
 * p99 15–22 ms at 250 ms, 12 ms at 100 ms, the full rate the same within the runs' spread).
 * {@code outbox.relay.interval} sets it; {@code outbox.relay.wake-on-commit=false} turns
 * waking off. While Kafka is unreachable the events simply wait in the table; the relay backs off (up to 30 s)
 * and tries again. One run at a time in this JVM, and one relay at a time per service ({@link OutboxPublisher}).
 */
@Singleton
@Requires(property = "outbox.relay.enabled", notEquals = "false")
public class OutboxRelay {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final OutboxPublisher publisher;
    private final OutboxProducer producer;
    private final OutboxRepository repository;
    private final Clock clock;
    private final int batchSize;
    private final Duration retention;
    private int consecutiveFailures;
    private Instant pausedUntil = Instant.MIN;
    /** Woken runs start at least this far apart, so under load commits are relayed in batches, not one run each. */
    private static final long WAKE_GAP_NANOS = Duration.ofMillis(50).toNanos();
    private final AtomicBoolean woken = new AtomicBoolean();
    private final RelayLoad load = new RelayLoad(System.nanoTime());
    private volatile boolean busy;
    private volatile long lastRunStarted = System.nanoTime() - WAKE_GAP_NANOS;
    private final ScheduledExecutorService waker = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "outbox-relay-wake");
        thread.setDaemon(true);
        return thread;
    });

    private final boolean wakeOnCommit;

    public OutboxRelay(OutboxPublisher publisher, OutboxProducer producer, OutboxRepository repository,
                       @Value("${outbox.relay.batch-size:1000}") int batchSize,
                       @Value("${outbox.retention:7d}") Duration retention,
                       @Value("${outbox.relay.wake-on-commit:true}") boolean wakeOnCommit) {
        this.wakeOnCommit = wakeOnCommit;
        this.publisher = publisher;
        this.producer = producer;
        this.repository = repository;
        this.clock = Clock.systemUTC(); // back-off is about wall time, not the business clock
        this.batchSize = batchSize;
        this.retention = retention;
    }

    /**
     * A transaction that wrote to the outbox committed: while the outbox is quiet, relay now on the relay's own
     * thread — or, if a run started less than 50 ms ago, 50 ms after it, taking everything committed meanwhile in
     * one batch. Wakes meanwhile are one.
     */
    @TransactionalEventListener
    void afterCommit(Outbox.Appended appended) {
        if (wakeOnCommit && !busy && woken.compareAndSet(false, true)) {
            long wait = Math.max(0, lastRunStarted + WAKE_GAP_NANOS - System.nanoTime());
            waker.schedule(() -> {
                woken.set(false);
                relay();
            }, wait, TimeUnit.NANOSECONDS);
        }
    }

    @PreDestroy
    void stop() {
        waker.shutdownNow();
    }

    @Scheduled(fixedDelay = "${outbox.relay.interval:100ms}", initialDelay = "1s")
    synchronized void relay() {
        lastRunStarted = System.nanoTime();
        if (clock.instant().isBefore(pausedUntil)) {
            return;
        }
        try {
            int published;
            int relayed = 0;
            do {
                published = publisher.publishBatch(batchSize);
                relayed += published;
            } while (published == batchSize);
            load.relayed(relayed, System.nanoTime());
            busy = load.busy();
            if (consecutiveFailures > 0) {
                LOG.info("Outbox relay reconnected to Kafka after {} failed attempts", consecutiveFailures);
            }
            consecutiveFailures = 0;
        } catch (Exception e) {
            consecutiveFailures++;
            producer.reset();
            long backoffMs = Math.min(MAX_BACKOFF.toMillis(), 250L << Math.min(consecutiveFailures, 10));
            pausedUntil = clock.instant().plusMillis(backoffMs);
            LOG.warn("Outbox relay could not publish (attempt {}), retrying in {} ms: {}",
                    consecutiveFailures, backoffMs, e.toString());
        }
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void purgePublished() {
        int removed = repository.deletePublishedBefore(clock.instant().minus(retention));
        if (removed > 0) {
            LOG.info("Removed {} relayed outbox events older than {}", removed, retention);
        }
    }
}
