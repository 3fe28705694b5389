package uk.councilprotocol.enquiries.remits;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BodyRemitRepository extends CrudRepository<BodyRemit, String> {

    List<BodyRemit> findByBodyIn(Collection<String> bodies);

    List<BodyRemit> listOrderByBody();
}
