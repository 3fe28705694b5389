package uk.councilprotocol.platform.inbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import uk.councilprotocol.platform.events.MessagingConfiguration;
import uk.councilprotocol.platform.tenancy.Councils;

import java.util.ArrayList;
import java.util.List;

/**
 * Starts the consumer loops of every {@link EventSubscription} bean when the service starts: several per subscription
 * ({@code messaging.consumers.per-subscription}, as many as a topic has partitions by default), each with partitions
 * of its own, so one partition's events wait on the database while another's are handled; events of one key share a
 * partition, so they are still handled in order.
 */
@Context
@Requires(property = "messaging.consumers.enabled", notEquals = "false")
public class EventConsumers {
    private final List<EventSubscription> subscriptions;
    private final InboxProcessor processor;
    private final MessagingConfiguration messaging;
    private final Councils councils;
    private final int perSubscription;
    private final List<ConsumerLoop> loops = new ArrayList<>();

    public EventConsumers(List<EventSubscription> subscriptions, InboxProcessor processor,
                          MessagingConfiguration messaging, Councils councils,
                          @Value("${messaging.consumers.per-subscription:3}") int perSubscription) {
        this.perSubscription = Math.max(1, perSubscription);
        this.subscriptions = subscriptions;
        this.councils = councils;
        this.processor = processor;
        this.messaging = messaging;
    }

    @PostConstruct
    void start() {
        for (EventSubscription subscription : subscriptions) {
            for (int n = 1; n <= perSubscription; n++) {
                ConsumerLoop loop = new ConsumerLoop(subscription, n, processor, messaging, councils);
                loops.add(loop);
                loop.start();
            }
        }
    }

    @PreDestroy
    void stop() {
        loops.forEach(ConsumerLoop::stop);
        loops.clear();
    }
}
