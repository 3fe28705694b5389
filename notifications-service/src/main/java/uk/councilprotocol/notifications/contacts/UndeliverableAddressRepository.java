package uk.councilprotocol.notifications.contacts;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UndeliverableAddressRepository extends CrudRepository<UndeliverableAddress, String> {

    List<UndeliverableAddress> findAllOrderByRefusedAtDesc();
}
