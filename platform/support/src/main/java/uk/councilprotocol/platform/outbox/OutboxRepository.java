package uk.councilprotocol.platform.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxRepository extends CrudRepository<OutboxEvent, Long> {

    /**
     * Whether this transaction may relay: one relay at a time per service (an advisory lock on this schema's outbox
     * table, released at commit), so events leave in the order they were written even with several replicas —
     * two relays taking consecutive batches at once could send an aggregate's later event before its earlier one.
     */
    @Query("SELECT pg_try_advisory_xact_lock('outbox_event'::regclass::oid::bigint)")
    boolean tryLockRelay();

    @Query("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")
    long countUnpublished();

    @Query("DELETE FROM outbox_event WHERE published_at < :before")
    int deletePublishedBefore(Instant before);
}
