package uk.councilprotocol.platform.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Polls the outbox and relays events to Kafka. While Kafka is unreachable the events simply wait
 * in the table; the relay backs off (up to 30 s) and tries again.
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

    @Scheduled(fixedDelay = "${outbox.relay.interval:250ms}", initialDelay = "1s")
    void relay() {
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
