package uk.councilprotocol.enquiries.hub;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EnquiryRepository extends CrudRepository<Enquiry, UUID> {

    Optional<Enquiry> findByReference(String reference);

    List<Enquiry> listOrderByDueAt();

    /** Open enquiries past their deadline and not yet escalated, locked so that a second instance skips them. */
    @Query("SELECT * FROM enquiry WHERE status = 'OPEN' AND due_at < :now AND escalated_at IS NULL "
            + "ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<Enquiry> lockNewlyOverdue(Instant now, int limit);

    /** The council's next reference number of the year: atomic, and never handed out twice once committed. */
    @Query("WITH next AS (INSERT INTO reference_counter (year, last) VALUES (:year, 1) "
            + "ON CONFLICT (council, year) DO UPDATE SET last = reference_counter.last + 1 RETURNING last) SELECT last FROM next")
    int findNextReferenceNumber(int year);
}
