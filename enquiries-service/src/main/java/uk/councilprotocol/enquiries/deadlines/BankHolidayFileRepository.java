package uk.councilprotocol.enquiries.deadlines;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BankHolidayFileRepository extends CrudRepository<BankHolidayFileRow, Integer> {

    /** Whether this transaction may fetch: another replica fetching holds it until its transaction ends. */
    @Query("SELECT pg_try_advisory_xact_lock(:key)")
    boolean tryFetchLock(long key);

    /** Cheap enough to ask each minute: whether the stored file changed. */
    Optional<String> findSha256ById(Integer id);
}
