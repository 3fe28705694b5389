package uk.councilprotocol.notifications.buddies;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BuddyPairRepository extends CrudRepository<BuddyPair, UUID> {

    /** The council's latest pairing still running: a template's preview is filled from it. */
    Optional<BuddyPair> findFirstByEndedFalseOrderByUpdatedAtDesc();
}
