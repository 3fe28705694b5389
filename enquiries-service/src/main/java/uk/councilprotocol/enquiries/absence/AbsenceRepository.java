package uk.councilprotocol.enquiries.absence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AbsenceRepository extends CrudRepository<Absence, UUID> {

    @Query("SELECT * FROM officer_absence WHERE officer_id = :officerId AND starts_on <= :day AND ends_on >= :day "
            + "ORDER BY created_at DESC LIMIT 1")
    List<Absence> onDay(String officerId, LocalDate day);

    /** Absences that have begun and whose enquiries have not been moved yet. */
    @Query("SELECT * FROM officer_absence WHERE applied_at IS NULL AND starts_on <= :day AND ends_on >= :day "
            + "FOR UPDATE SKIP LOCKED")
    List<Absence> lockStartedUnapplied(LocalDate day);

    List<Absence> listOrderByStartsOn();
}
