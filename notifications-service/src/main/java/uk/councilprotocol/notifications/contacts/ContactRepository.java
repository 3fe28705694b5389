package uk.councilprotocol.notifications.contacts;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ContactRepository extends CrudRepository<Contact, String> {

    List<Contact> findByActiveTrueAndPoliticalGroup(String politicalGroup);

    List<Contact> findByEmail(String email);
}
