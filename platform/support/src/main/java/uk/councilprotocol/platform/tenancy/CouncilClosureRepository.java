package uk.councilprotocol.platform.tenancy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The closures: written once, when a council is erased, and never changed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CouncilClosureRepository extends GenericRepository<CouncilClosure, String> {

    CouncilClosure save(CouncilClosure closure);

    List<CouncilClosure> findAll();
}
