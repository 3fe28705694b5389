package uk.councilprotocol.platform.inbox;

import uk.councilprotocol.platform.events.EventRoutes;

import java.util.List;

/**
 * A bean of this type makes the service consume the given topics. Each event is handled at most once
 * per subscription: the handler's own writes and the processed-event row commit together.
 */
public interface EventSubscription {

    /** Names the consumer group and the inbox rows; keep it stable. */
    String name();

    /** Topic names without the namespace prefix, e.g. {@code training.events.v1}. */
    List<String> topics();

    EventRoutes routes();
}
