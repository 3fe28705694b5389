package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StoredCalendarRepository extends CrudRepository<StoredCalendar, String> {
}
