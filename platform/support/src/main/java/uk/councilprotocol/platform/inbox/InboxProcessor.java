package uk.councilprotocol.platform.inbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.opentelemetry.api.trace.SpanKind;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.platform.events.ReceivedEvent;
import uk.councilprotocol.platform.rows.RowsInsert;
import uk.councilprotocol.platform.tracing.Traces;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs events through a subscription inside one transaction — one event, or a poll's run of one council's events
 * together (one commit for them all) — skipping events already processed.
 */
@Singleton
public class InboxProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(InboxProcessor.class);

    /** A poll's events recorded in one statement (see {@link RowsInsert}); those already there are redeliveries. */
    private static final RowsInsert<Recorded> RECORDED = RowsInsert.into("processed_event", Recorded.class)
            .column("consumer", "text", Recorded::consumer)
            .column("event_id", "text", Recorded::eventId)
            .column("event_type", "text", Recorded::eventType)
            .column("outcome", "text", r -> "processed")
            .column("processed_at", "timestamptz", Recorded::at);

    private record Recorded(String consumer, String eventId, String eventType, Instant at) {
    }

    private final InboxRepository inbox;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Traces traces;

    public InboxProcessor(InboxRepository inbox, JdbcOperations jdbc, Clock clock, Traces traces) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.clock = clock;
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
        Instant now = clock.instant();
        Set<String> fresh = new HashSet<>(RECORDED.insertNew(jdbc.getConnection(), events.stream()
                .map(e -> new Recorded(subscription.name(), e.id(), e.type(), now)).toList(), "event_id"));
        List<ReceivedEvent> run = new ArrayList<>();
        for (ReceivedEvent event : events) {
            if (!fresh.remove(event.id())) {
                LOG.debug("Skipping redelivered event {} ({})", event.id(), event.type());
                continue;
            }
            if (!run.isEmpty() && !run.get(0).type().equals(event.type())) {
                handleRun(subscription, run);
                run.clear();
            }
            if (subscription.routes().takesRuns(event.type())) {
                run.add(event);
            } else {
                handle(subscription, event);
            }
        }
        handleRun(subscription, run);
    }

    /**
     * Consecutive events of a type its route takes together, in one call and one span (continuing the first's
     * trace). A payload that cannot be parsed fails the run, and the caller then takes each event alone.
     */
    private void handleRun(EventSubscription subscription, List<ReceivedEvent> run) {
        if (run.isEmpty()) {
            return;
        }
        ReceivedEvent first = run.get(0);
        traces.within("process " + first.type() + " x" + run.size(), SpanKind.CONSUMER, first.traceParent(), Map.of(
                "messaging.system", "kafka", "messaging.destination.name", first.topic(),
                "messaging.batch.message_count", String.valueOf(run.size()),
                "messaging.consumer.group.name", subscription.name()), () -> {
            subscription.routes().dispatchRun(List.copyOf(run));
            return null;
        });
    }

    private boolean processOne(EventSubscription subscription, ReceivedEvent event) {
        if (inbox.record(subscription.name(), event.id(), event.type(), "processed") == 0) {
            LOG.debug("Skipping redelivered event {} ({})", event.id(), event.type());
            return false;
        }
        handle(subscription, event);
        return true;
    }

    private void handle(EventSubscription subscription, ReceivedEvent event) {
        // the handler's work continues the trace of the change the event describes (its traceparent)
        traces.within("process " + event.type(), SpanKind.CONSUMER, event.traceParent(), Map.of(
                "messaging.system", "kafka", "messaging.destination.name", event.topic(),
                "messaging.message.id", event.id(), "messaging.consumer.group.name", subscription.name()), () -> {
            dispatch(subscription, event);
            return null;
        });
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
