package uk.councilprotocol.platform.tenancy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** The registrations: written once, when the operator onboards a council. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CouncilRegistrationRepository extends GenericRepository<CouncilRegistration, String> {

    /** 1 if this call registered the council, 0 if it was registered already (by this replica or another). */
    @Query("INSERT INTO council_registration (council, registered_at, registered_by) VALUES (:council, :at, :by) "
            + "ON CONFLICT (council) DO NOTHING")
    int register(String council, Instant at, String by);

    List<CouncilRegistration> findAll();
}
