package uk.councilprotocol.plans.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RosterPersonRepository extends CrudRepository<RosterPerson, String> {

    List<RosterPerson> findByActiveTrue();


    /**
     * Held until the transaction ends: who holds which post is read (to resolve an action's owner) and changed (a
     * roster event) one transaction at a time per council. Without it an import reading the roster and an event
     * adding the post's holder could each miss the other's uncommitted row, leaving the action with nobody to remind.
     */
    @Query("SELECT 1 FROM pg_advisory_xact_lock(hashtext('plans.post-holders'), hashtext(current_setting('app.council', true)))")
    int findPostHoldersLock();
}
