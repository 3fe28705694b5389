package uk.councilprotocol.platform.inbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The processed-event table: its primary key is (consumer, event id), so recording an event a second
 * time inserts nothing, and that is how a redelivery is recognised.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InboxRepository extends GenericRepository<ProcessedEvent, ProcessedEvent.Key> {

    @Query("INSERT INTO processed_event (consumer, event_id, event_type, outcome, processed_at) "
            + "VALUES (:consumer, :eventId, :eventType, :outcome, now()) ON CONFLICT DO NOTHING")
    int record(String consumer, String eventId, String eventType, String outcome);

    @Query("UPDATE processed_event SET outcome = :outcome WHERE consumer = :consumer AND event_id = :eventId")
    void setOutcome(String consumer, String eventId, String outcome);
}
