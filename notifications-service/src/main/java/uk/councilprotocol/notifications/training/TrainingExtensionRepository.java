package uk.councilprotocol.notifications.training;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TrainingExtensionRepository extends CrudRepository<TrainingExtension, UUID> {

    /** The council's latest request in this state: a template's preview is filled from it. */
    Optional<TrainingExtension> findFirstByStatusOrderByUpdatedAtDesc(String status);
}
