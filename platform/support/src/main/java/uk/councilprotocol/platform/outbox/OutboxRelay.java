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
 * Relays the outbox to Kafka by polling (every 250 ms) and, with {@code outbox.relay.wake-on-commit}, also as soon as
 * a transaction that wrote to it commits. Waking on commit takes an enquiry's acknowledgement from about 260 ms to
 * about 90 ms, but on the 2-core bench it cost a third of RecordCompletion's rate under load (many small batches
 * instead of a few large ones), so it is off until it adapts to load (README, Benchmarks). While Kafka is unreachable the events simply wait in the table; the relay backs off (up to 30 s)
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
    private volatile long lastRunStarted = System.nanoTime() - WAKE_GAP_NANOS;
    private final ScheduledExecutorService waker = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "outbox-relay-wake");
        thread.setDaemon(true);
        return thread;
    });

    private final boolean wakeOnCommit;

    public OutboxRelay(OutboxPublisher publisher, OutboxProducer producer, OutboxRepository repository,
                       @Value("${outbox.relay.batch-size:200}") int batchSize,
                       @Value("${outbox.retention:7d}") Duration retention,
                       @Value("${outbox.relay.wake-on-commit:false}") boolean wakeOnCommit) {
        this.wakeOnCommit = wakeOnCommit;
        this.publisher = publisher;
        this.producer = producer;
        this.repository = repository;
        this.clock = Clock.systemUTC(); // back-off is about wall time, not the business clock
        this.batchSize = batchSize;
        this.retention = retention;
    }

    /**
     * A transaction that wrote to the outbox committed: relay now on the relay's own thread — or, if a run started
     * less than 50 ms ago, 50 ms after it, taking everything committed meanwhile in one batch. Wakes meanwhile are one.
     */
    @TransactionalEventListener
    void afterCommit(Outbox.Appended appended) {
        if (wakeOnCommit && woken.compareAndSet(false, true)) {
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

    @Scheduled(fixedDelay = "${outbox.relay.interval:250ms}", initialDelay = "1s")
    synchronized void relay() {
        lastRunStarted = System.nanoTime();
        if (clock.instant().isBefore(pausedUntil)) {
            return;
        }
        try {
            int published;
            do {
                published = publisher.publishBatch(batchSize);
            } while (published == batchSize);
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
