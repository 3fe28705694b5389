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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Relays the outbox to Kafka: as soon as a transaction that wrote to it commits (so an event is on its way within
 * milliseconds, not at the next poll), and by polling, which catches whatever another replica wrote or a failed
 * attempt left. While Kafka is unreachable the events simply wait in the table; the relay backs off (up to 30 s)
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
    private final AtomicBoolean woken = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "outbox-relay-wake");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxRelay(OutboxPublisher publisher, OutboxProducer producer, OutboxRepository repository,
                       @Value("${outbox.relay.batch-size:200}") int batchSize,
                       @Value("${outbox.retention:7d}") Duration retention) {
        this.publisher = publisher;
        this.producer = producer;
        this.repository = repository;
        this.clock = Clock.systemUTC(); // back-off is about wall time, not the business clock
        this.batchSize = batchSize;
        this.retention = retention;
    }

    /** A transaction that wrote to the outbox committed: relay now, on the relay's own thread (wakes meanwhile are one). */
    @TransactionalEventListener
    void afterCommit(Outbox.Appended appended) {
        if (woken.compareAndSet(false, true)) {
            waker.execute(() -> {
                woken.set(false);
                relay();
            });
        }
    }

    @PreDestroy
    void stop() {
        waker.shutdownNow();
    }

    @Scheduled(fixedDelay = "${outbox.relay.interval:250ms}", initialDelay = "1s")
    synchronized void relay() {
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
