package uk.councilprotocol.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import uk.councilprotocol.platform.events.MessagingConfiguration;
import uk.councilprotocol.platform.tenancy.Councils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Starts the consumer loops of every {@link EventSubscription} bean when the service starts: several per subscription
 * ({@code messaging.consumers.per-subscription}, as many as a topic has partitions by default, fewer where the
 * subscription asks for fewer), each with partitions of its own, so one partition's events wait on the database while
 * another's are handled; events of one key share a partition, so they are still handled in order. Each loop's Kafka
 * client metrics are on /prometheus (its lag behind the topic: {@code kafka_consumer_fetch_manager_records_lag_max}).
 */
@Context
@Requires(property = "messaging.consumers.enabled", notEquals = "false")
public class EventConsumers {
    private final List<EventSubscription> subscriptions;
    private final InboxProcessor processor;
    private final MessagingConfiguration messaging;
    private final Councils councils;
    private final int perSubscription;
    private final MeterRegistry meters;
    private final List<ConsumerLoop> loops = new ArrayList<>();
    private final List<KafkaClientMetrics> metrics = new ArrayList<>();
    /** One thread refreshes every loop's client metrics: on its own each binder starts a thread of its own. */
    private final ScheduledExecutorService metricsRefresh = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kafka-client-metrics");
        thread.setDaemon(true);
        return thread;
    });

    public EventConsumers(List<EventSubscription> subscriptions, InboxProcessor processor,
                          MessagingConfiguration messaging, Councils councils, MeterRegistry meters,
                          @Value("${messaging.consumers.per-subscription:3}") int perSubscription) {
        this.meters = meters;
        this.perSubscription = Math.max(1, perSubscription);
        this.subscriptions = subscriptions;
        this.councils = councils;
        this.processor = processor;
        this.messaging = messaging;
    }

    @PostConstruct
    void start() {
        for (EventSubscription subscription : subscriptions) {
            for (int n = 1; n <= subscription.loops(perSubscription); n++) {
                ConsumerLoop loop = new ConsumerLoop(subscription, n, processor, messaging, councils);
                loops.add(loop);
                KafkaClientMetrics clientMetrics = new KafkaClientMetrics(loop.consumer(), List.of(), metricsRefresh);
                clientMetrics.bindTo(meters);
                metrics.add(clientMetrics);
                loop.start();
            }
        }
    }

    @PreDestroy
    void stop() {
        metrics.forEach(KafkaClientMetrics::close);
        metrics.clear();
        metricsRefresh.shutdownNow();
        // every loop is told first, so their consumers leave the group side by side: one after another, each leaving
        // took most of a second, and a service with a dozen loops took seconds to stop
        loops.forEach(ConsumerLoop::requestStop);
        loops.forEach(ConsumerLoop::awaitStopped);
        loops.clear();
    }
}
