package uk.councilprotocol.platform.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The relay's two statements on the outbox, a batch of up to a thousand rows each, read and written over plain JDBC:
 * mapped by Micronaut Data's repository, reading the batch took the relay nearly half its processor time while a
 * roster import's events went out (a flight recording of training), and the mark had bound each id as a parameter of
 * its own, a thousand-entry IN list for PostgreSQL to parse and plan every batch, where one array is one parameter.
 */
@Singleton
class UnpublishedEvents {
    private static final String LOCK = "SELECT id, event_id, topic, aggregate_type, aggregate_id, event_type, payload, "
            + "occurred_at, council, trace_parent FROM outbox_event WHERE published_at IS NULL "
            + "ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String MARK = "UPDATE outbox_event SET published_at = ? WHERE id = ANY (?)";

    private final JdbcOperations jdbc;

    UnpublishedEvents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The oldest unpublished events, locked so that a second relay instance skips them; inside the caller's transaction. */
    List<OutboxEvent> lock(int limit) {
        return jdbc.prepareStatement(LOCK, statement -> {
            statement.setInt(1, limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<OutboxEvent> events = new ArrayList<>(limit);
                while (rows.next()) {
                    events.add(new OutboxEvent(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getBytes(7),
                            rows.getObject(8, OffsetDateTime.class).toInstant(), null, rows.getString(9), rows.getString(10)));
                }
                return events;
            }
        });
    }

    /** Marks these rows relayed (kept for a while, then deleted by the relay's clean-up); inside the caller's transaction. */
    void markPublished(List<Long> ids, Instant publishedAt) {
        jdbc.prepareStatement(MARK, statement -> {
            statement.setObject(1, publishedAt.atOffset(ZoneOffset.UTC));
            statement.setArray(2, statement.getConnection().createArrayOf("bigint", ids.toArray()));
            return statement.executeUpdate();
        });
    }
}
