package uk.councilprotocol.platform.inbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import uk.councilprotocol.platform.events.MessagingConfiguration;
import uk.councilprotocol.platform.tenancy.Councils;

import java.util.ArrayList;
import java.util.List;

/** Starts one consumer loop per {@link EventSubscription} bean when the service starts. */
@Context
@Requires(property = "messaging.consumers.enabled", notEquals = "false")
public class EventConsumers {
    private final List<EventSubscription> subscriptions;
    private final InboxProcessor processor;
    private final MessagingConfiguration messaging;
    private final Councils councils;
    private final List<ConsumerLoop> loops = new ArrayList<>();

    public EventConsumers(List<EventSubscription> subscriptions, InboxProcessor processor,
                          MessagingConfiguration messaging, Councils councils) {
        this.subscriptions = subscriptions;
        this.councils = councils;
        this.processor = processor;
        this.messaging = messaging;
    }

    @PostConstruct
    void start() {
        for (EventSubscription subscription : subscriptions) {
            ConsumerLoop loop = new ConsumerLoop(subscription, processor, messaging, councils);
            loops.add(loop);
            loop.start();
        }
    }

    @PreDestroy
    void stop() {
        loops.forEach(ConsumerLoop::stop);
        loops.clear();
    }
}
