package uk.councilprotocol.training.buddies;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BuddyPairingRepository extends CrudRepository<BuddyPairing, UUID> {

    /** The pairing, locked until the transaction ends: a check-in and HR ending it take turns. */
    @Query("SELECT * FROM buddy_pairing WHERE id = :id FOR UPDATE")
    Optional<BuddyPairing> lock(UUID id);

    /** Newest first; ended pairings only if asked for; {@code involving} (when not null) narrows to one person's. */
    @Query("""
            SELECT * FROM buddy_pairing
            WHERE (:includeEnded OR ended_at IS NULL)
              AND (CAST(:involving AS text) IS NULL OR newcomer_id = :involving OR buddy_id = :involving)
            ORDER BY paired_at DESC, id LIMIT 1000""")
    List<BuddyPairing> find(boolean includeEnded, @Nullable String involving);
}
