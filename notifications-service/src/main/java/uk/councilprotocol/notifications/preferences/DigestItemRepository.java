package uk.councilprotocol.notifications.preferences;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DigestItemRepository extends CrudRepository<DigestItem, UUID> {

    /**
     * The unsent items of one person held before the digest's time, locked so two instances never send a digest twice;
     * an item whose reminder was cancelled since it was held (the training done, the action withdrawn) is left out.
     */
    @Query(value = "SELECT d.* FROM digest_item d JOIN reminder r ON r.id = d.reminder_id AND r.status = 'DIGESTED' "
            + "WHERE d.person_id = :personId AND d.sent_at IS NULL AND d.held_at <= :before "
            + "ORDER BY d.held_at FOR UPDATE OF d SKIP LOCKED", nativeQuery = true)
    List<DigestItem> lockUnsent(String personId, Instant before);

    @Query(value = "SELECT DISTINCT d.person_id FROM digest_item d JOIN reminder r ON r.id = d.reminder_id "
            + "AND r.status = 'DIGESTED' WHERE d.sent_at IS NULL AND d.held_at <= :before", nativeQuery = true)
    List<String> peopleWithUnsent(Instant before);
}
