package uk.councilprotocol.platform.outbox;

import io.micronaut.context.event.ApplicationEventPublisher;
import com.google.protobuf.Message;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.platform.events.EventRoutes;
import uk.councilprotocol.platform.ids.TimeOrderedIds;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.events.MessagingConfiguration;
import uk.councilprotocol.platform.rows.RowsInsert;
import uk.councilprotocol.platform.tracing.TraceParents;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the outbox table. It must be called inside the transaction that makes the
 * change the event describes, so that the change and its event are committed (or lost) together.
 */
@Singleton
public class Outbox {
    /** A batch of events is one statement (see {@link RowsInsert}): a roster import writes thousands. */
    private static final RowsInsert<OutboxEvent> ROWS = RowsInsert.into("outbox_event", OutboxEvent.class)
            .column("event_id", "uuid", OutboxEvent::eventId)
            .column("topic", "text", OutboxEvent::topic)
            .column("aggregate_type", "text", OutboxEvent::aggregateType)
            .column("aggregate_id", "text", OutboxEvent::aggregateId)
            .column("event_type", "text", OutboxEvent::eventType)
            .column("payload", "bytea", OutboxEvent::payload)
            .column("occurred_at", "timestamptz", OutboxEvent::occurredAt)
            .column("council", "text", OutboxEvent::council)
            .column("trace_parent", "text", OutboxEvent::traceParent);

    private final OutboxRepository repository;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final String topic;
    private final Councils councils;
    private final ApplicationEventPublisher<Appended> appended;

    public Outbox(OutboxRepository repository, JdbcOperations jdbc, Clock clock, MessagingConfiguration messaging,
                  @Value("${outbox.topic}") String topic, Councils councils, ApplicationEventPublisher<Appended> appended) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.appended = appended;
        this.councils = councils;
        this.clock = clock;
        this.topic = messaging.topic(topic);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateType, String aggregateId, Message payload) {
        UUID eventId = TimeOrderedIds.next();
        repository.save(new OutboxEvent(null, eventId, topic, aggregateType, aggregateId,
                EventRoutes.typeOf(payload), payload.toByteArray(), clock.instant(), null, councils.current(),
                TraceParents.current()));
        appended.publishEvent(Appended.INSTANCE);
        return eventId;
    }

    /** Something was written to the outbox: the relay sends it once the transaction commits ({@link OutboxRelay}). */
    public enum Appended { INSTANCE }

    /** An event about one aggregate, for {@link #appendAll}. */
    public record Event(String aggregateId, Message payload) {
    }

    /** Records many events in one batch, in list order. Same transaction rule as {@link #append}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(String aggregateType, List<Event> events) {
        var now = clock.instant();
        String council = councils.current();
        String traceParent = TraceParents.current();
        ROWS.insert(jdbc.getConnection(), events.stream().map(e -> new OutboxEvent(null, TimeOrderedIds.next(), topic, aggregateType,
                e.aggregateId(), EventRoutes.typeOf(e.payload()), e.payload().toByteArray(), now, null, council, traceParent)).toList());
        if (!events.isEmpty()) {
            appended.publishEvent(Appended.INSTANCE);
        }
    }

    public String topic() {
        return topic;
    }
}
