package uk.councilprotocol.training.buddies;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BuddyCheckInRepository extends CrudRepository<BuddyCheckIn, UUID> {

    /** The pairings' check-ins, earliest meeting first (two on one day in the order they were recorded). */
    @Query("SELECT * FROM buddy_check_in WHERE pairing_id IN (:pairingIds) ORDER BY held_on, recorded_at")
    List<BuddyCheckIn> findHeldIn(Collection<UUID> pairingIds);
}
