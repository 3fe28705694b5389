package uk.councilprotocol.platform.inbox;

import uk.councilprotocol.platform.events.EventRoutes;

import java.util.List;

/**
 * A bean of this type makes the service consume the given topics. Each event is handled at most once per
 * subscription: the handler's own writes and the processed-event row commit together.
 *
 * @param name   names the consumer group and the inbox rows; keep it stable
 * @param topics topic names without the namespace prefix, e.g. {@code training.events.v1}
 * @param routes which code handles which event type
 */
public record EventSubscription(String name, List<String> topics, EventRoutes routes) {
}
