package uk.councilprotocol.platform.inbox;

import io.opentelemetry.api.trace.SpanKind;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.platform.events.ReceivedEvent;
import uk.councilprotocol.platform.tracing.Traces;

import java.util.List;
import java.util.Map;

/**
 * Runs events through a subscription inside one transaction — one event, or a poll's run of one council's events
 * together (one commit for them all) — skipping events already processed.
 */
@Singleton
public class InboxProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(InboxProcessor.class);

    private final InboxRepository inbox;
    private final Traces traces;

    public InboxProcessor(InboxRepository inbox, Traces traces) {
        this.inbox = inbox;
        this.traces = traces;
    }

    /** @return false when the event had been processed before (a redelivery) */
    @Transactional
    public boolean process(EventSubscription subscription, ReceivedEvent event) {
        return processOne(subscription, event);
    }

    /**
     * Every event in order, in one transaction: all are recorded, or — one failing — none is, and the caller runs
     * them one at a time to find the one that failed.
     */
    @Transactional
    public void processAll(EventSubscription subscription, List<ReceivedEvent> events) {
        events.forEach(event -> processOne(subscription, event));
    }

    private boolean processOne(EventSubscription subscription, ReceivedEvent event) {
        if (inbox.record(subscription.name(), event.id(), event.type(), "processed") == 0) {
            LOG.debug("Skipping redelivered event {} ({})", event.id(), event.type());
            return false;
        }
        // the handler's work continues the trace of the change the event describes (its traceparent)
        traces.within("process " + event.type(), SpanKind.CONSUMER, event.traceParent(), Map.of(
                "messaging.system", "kafka", "messaging.destination.name", event.topic(),
                "messaging.message.id", event.id(), "messaging.consumer.group.name", subscription.name()), () -> {
            dispatch(subscription, event);
            return null;
        });
        return true;
    }

    private void dispatch(EventSubscription subscription, ReceivedEvent event) {
        try {
            if (!subscription.routes().dispatch(event)) {
                inbox.setOutcome(subscription.name(), event.id(), "ignored");
            }
        } catch (IllegalArgumentException undecodable) {
            // A payload that cannot be parsed will never parse: record it and move on rather than block the partition.
            LOG.error("Rejected event {} of type {} at {}-{}@{}: {}", event.id(), event.type(), event.topic(),
                    event.partition(), event.offset(), undecodable.getMessage());
            inbox.setOutcome(subscription.name(), event.id(), "rejected");
        }
    }

    /** Records an event that can never be handled here (see the reason), so it does not block its partition. */
    @Transactional
    public void reject(EventSubscription subscription, ReceivedEvent event, String reason) {
        LOG.error("Rejected event {} of type {} at {}-{}@{}: {}", event.id(), event.type(), event.topic(),
                event.partition(), event.offset(), reason);
        inbox.record(subscription.name(), event.id(), event.type(), "rejected");
    }
}
