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

    /** The unsent items of one person held before the digest's time, locked so two instances never send a digest twice. */
    @Query(value = "SELECT * FROM digest_item WHERE person_id = :personId AND sent_at IS NULL AND held_at <= :before "
            + "ORDER BY held_at FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<DigestItem> lockUnsent(String personId, Instant before);

    @Query(value = "SELECT DISTINCT person_id FROM digest_item WHERE sent_at IS NULL AND held_at <= :before", nativeQuery = true)
    List<String> peopleWithUnsent(Instant before);
}
