package uk.councilprotocol.platform.inbox;

import uk.councilprotocol.platform.events.EventRoutes;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A bean of this type makes the service consume the given topics. Each event is handled at most once per
 * subscription: the handler's own writes and the processed-event row commit together.
 *
 * @param name      names the consumer group and the inbox rows; keep it stable
 * @param topics    topic names without the namespace prefix, e.g. {@code training.events.v1}
 * @param routes    which code handles which event type
 * @param consumers how many consumer loops a replica runs for it at most, within the service's
 *                  {@code messaging.consumers.per-subscription}; 0 for that setting alone. A topic whose events
 *                  come at people's pace needs one: each loop holds a Kafka client, its threads and its buffers.
 * @param gathering how long the broker may hold a fetch to gather more events (zero: each is read as soon as it comes)
 */
public record EventSubscription(String name, List<String> topics, EventRoutes routes, int consumers, Duration gathering) {
    /** How long a copy kept at people's pace (a roster's) may wait to be read with the events after it. */
    public static final Duration PEOPLES_PACE = Duration.ofMillis(200);

    public EventSubscription {
        if (consumers < 0) {
            throw new IllegalArgumentException("consumers must be 0 (the service's setting) or more, not " + consumers);
        }
        Objects.requireNonNull(gathering, "gathering");
        if (gathering.isNegative()) {
            throw new IllegalArgumentException("gathering must be zero or more, not " + gathering);
        }
    }

    /** A subscription with as many loops as the service's {@code messaging.consumers.per-subscription}. */
    public EventSubscription(String name, List<String> topics, EventRoutes routes) {
        this(name, topics, routes, 0);
    }

    public EventSubscription(String name, List<String> topics, EventRoutes routes, int consumers) {
        this(name, topics, routes, consumers, Duration.ZERO);
    }

    /**
     * A copy kept at people's pace (a roster's, which may well be read a moment later) from a topic busy with other
     * things: the broker holds each fetch up to {@link #PEOPLES_PACE} to gather events, so the thousands of completions
     * a department sends cost a few fetches a second, not a fetch each; and one loop takes them, since several would
     * each fetch a share of the partitions and pay every fetch, heartbeat and Kafka client's buffers over again.
     */
    public EventSubscription atPeoplesPace() {
        return new EventSubscription(name, topics, routes, 1, PEOPLES_PACE);
    }

    /** The loops to run, given the service's setting. */
    int loops(int perSubscription) {
        return consumers == 0 ? perSubscription : Math.min(consumers, perSubscription);
    }
}
