package uk.councilprotocol.notifications.enquiries;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EnquiryRecordRepository extends CrudRepository<EnquiryRecord, String> {

    /** The open enquiry due soonest on or after the day (a preview's real case). */
    Optional<EnquiryRecord> findFirstByOpenAndDueDateGreaterThanEqualsOrderByDueDate(boolean open, LocalDate day);
}
