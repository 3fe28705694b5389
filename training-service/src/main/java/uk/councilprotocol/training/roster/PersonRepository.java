package uk.councilprotocol.training.roster;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PersonRepository extends CrudRepository<Person, String> {

    List<Person> findByIdIn(Collection<String> ids);

    List<Person> findByActiveTrueOrderByFullName();

    List<Person> listOrderByFullName();
}
