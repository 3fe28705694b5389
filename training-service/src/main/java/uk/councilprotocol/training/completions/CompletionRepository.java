package uk.councilprotocol.training.completions;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Collection;
import io.micronaut.data.annotation.Query;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CompletionRepository extends CrudRepository<Completion, UUID> {

    Optional<Completion> findByPersonIdAndCourseCodeAndCompletedOn(String personId, String courseCode, LocalDate completedOn);

    List<Completion> findByPersonIdOrderByCompletedOnDesc(String personId);

    /** Every completion of these people, courses and days: those a bulk batch names, and a few it does not. */
    List<Completion> findByPersonIdInAndCourseCodeInAndCompletedOnIn(Collection<String> personIds, Collection<String> courseCodes,
                                                                      Collection<LocalDate> days);

    /**
     * Locks these people's records of these courses ({@code person/course}) until the transaction ends, in one order
     * whoever asks (two batches naming some of the same never wait for each other in a circle); the same lock as
     * {@link uk.councilprotocol.training.roster.PersonRepository#findLockingCourse}. Answers how many it took.
     */
    @Query("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(1147, key) FROM (SELECT DISTINCT "
            + "hashtext(current_setting('app.council') || '/' || record) AS key FROM unnest(ARRAY[:records]) AS record "
            + "ORDER BY key) ordered) locked")
    long lockRecords(Collection<String> records);

    /** The completion, locked until the transaction ends: two corrections of it happen one after the other. */
    @Query("SELECT * FROM completion WHERE id = :id FOR UPDATE")
    Optional<Completion> lock(UUID id);

    /**
     * The latest completion of the course that counts, before a day, other than the one named: the one whose expiry a
     * renewal on that day may keep (see Course#expiryOf).
     */
    @Query("SELECT * FROM completion WHERE person_id = :personId AND course_code = :courseCode AND NOT withdrawn "
            + "AND completed_on < :before AND id <> :except ORDER BY completed_on DESC LIMIT 1")
    Optional<Completion> latestBefore(String personId, String courseCode, LocalDate before, UUID except);

    /** Each person's latest completion of each course that counts (a withdrawn one does not). */
    @Query("SELECT DISTINCT ON (person_id, course_code) * FROM completion "
            + "WHERE person_id IN (:personIds) AND NOT withdrawn ORDER BY person_id, course_code, completed_on DESC")
    List<Completion> latestOf(Collection<String> personIds);
}
