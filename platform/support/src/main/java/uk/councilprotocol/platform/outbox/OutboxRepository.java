package uk.councilprotocol.platform.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxRepository extends CrudRepository<OutboxEvent, Long> {

    /**
     * Whether this transaction may relay: one relay at a time per service (an advisory lock on this schema's outbox
     * table, released at commit), so events leave in the order they were written even with several replicas —
     * two relays taking consecutive batches at once could send an aggregate's later event before its earlier one.
     */
    @Query("SELECT pg_try_advisory_xact_lock('outbox_event'::regclass::oid::bigint)")
    boolean tryLockRelay();

    /** The oldest unpublished events, locked so that a second relay instance skips them. */
    @Query("SELECT * FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<OutboxEvent> lockUnpublished(int limit);

    @Query("UPDATE outbox_event SET published_at = :publishedAt WHERE id IN (:ids)")
    void markPublished(List<Long> ids, Instant publishedAt);

    @Query("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")
    long countUnpublished();

    @Query("DELETE FROM outbox_event WHERE published_at < :before")
    int deletePublishedBefore(Instant before);
}
