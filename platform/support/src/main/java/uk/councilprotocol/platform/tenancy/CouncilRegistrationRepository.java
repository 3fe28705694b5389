package uk.councilprotocol.platform.tenancy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The registrations: written once, when the operator onboards a council. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CouncilRegistrationRepository extends GenericRepository<CouncilRegistration, String> {

    CouncilRegistration save(CouncilRegistration registration);

    List<CouncilRegistration> findAll();
}
