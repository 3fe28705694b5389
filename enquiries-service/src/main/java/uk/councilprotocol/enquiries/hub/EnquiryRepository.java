package uk.councilprotocol.enquiries.hub;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EnquiryRepository extends CrudRepository<Enquiry, UUID> {

    Optional<Enquiry> findByReference(String reference);

    List<Enquiry> findByIdInOrderByDueAt(Collection<UUID> ids);

    List<Enquiry> listOrderByDueAt();

    /** The next reference number of the year: atomic, and never handed out twice once committed. */
    @Query("WITH next AS (INSERT INTO reference_counter (year, last) VALUES (:year, 1) "
            + "ON CONFLICT (year) DO UPDATE SET last = reference_counter.last + 1 RETURNING last) SELECT last FROM next")
    int findNextReferenceNumber(int year);
}
