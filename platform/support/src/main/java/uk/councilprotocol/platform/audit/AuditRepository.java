package uk.councilprotocol.platform.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Read only here (entries are inserted by {@link AuditRows}); the table refuses updates and deletes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditRepository extends GenericRepository<AuditEntry, Long> {

    /**
     * A page of the log, newest first: entries before {@code beforeId} (none: from the newest) whose actor, action or
     * target matches {@code pattern} (an ILIKE pattern; {@code %} for all).
     */
    @Query("SELECT * FROM audit_log WHERE id < :beforeId AND (actor ILIKE :pattern OR action ILIKE :pattern OR target ILIKE :pattern) "
            + "ORDER BY id DESC LIMIT :limit")
    List<AuditEntry> page(long beforeId, String pattern, int limit);
}
