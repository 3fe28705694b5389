package uk.councilprotocol.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/** {@code outbox_pending}: how many events wait to be relayed. It grows while Kafka is unreachable. */
@Singleton
public class OutboxMetrics implements MeterBinder {
    private final OutboxRepository repository;

    public OutboxMetrics(OutboxRepository repository) {
        this.repository = repository;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("outbox.pending", repository, OutboxRepository::countUnpublished)
                .description("events waiting to be relayed to Kafka")
                .strongReference(true)
                .register(registry);
    }
}
