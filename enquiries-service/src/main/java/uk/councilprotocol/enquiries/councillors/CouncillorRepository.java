package uk.councilprotocol.enquiries.councillors;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CouncillorRepository extends CrudRepository<Councillor, String> {

    List<Councillor> findByPersonIdIn(Collection<String> personIds);

    List<Councillor> findByActiveTrueOrderByFullName();
}
