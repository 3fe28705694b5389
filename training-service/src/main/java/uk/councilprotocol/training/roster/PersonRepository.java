package uk.councilprotocol.training.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PersonRepository extends CrudRepository<Person, String> {

    List<Person> findByIdIn(Collection<String> ids);

    List<Person> findByActiveTrueOrderByFullName();

    List<Person> listOrderByFullName();

    /** A line manager's active reports, by name. */
    List<Person> findByLineManagerIdAndActiveTrueOrderByFullName(String lineManagerId);

    /** A political group's active members, by name. */
    List<Person> findByPoliticalGroupAndActiveTrueOrderByFullName(String politicalGroup);

    /** The active leader of a political group (the roster's {@link Person#GROUP_LEADER} role), other than the person asking. */
    @Query("SELECT * FROM person WHERE active AND political_group = :group AND 'group-leader' = ANY(roles) "
            + "AND id <> :personId ORDER BY id LIMIT 1")
    Optional<Person> findGroupLeader(String group, String personId);

    /** The person, locked until the transaction ends: two pairings of one new councillor made at once take turns. */
    @Query("SELECT * FROM person WHERE id = :id FOR UPDATE")
    Optional<Person> lock(String id);

    /**
     * These people, locked until the transaction ends, taken in id order so that two transactions locking some of the
     * same people never wait for each other in a circle.
     */
    @Query("SELECT * FROM person WHERE id IN (:ids) ORDER BY id FOR UPDATE")
    List<Person> lockAll(Collection<String> ids);

    /**
     * The person, with their record of the course locked until the transaction ends (an advisory lock on the council,
     * person and course, 1147 its namespace): two calls recording it take turns, while their other courses' go ahead.
     */
    @Query("SELECT p.* FROM person p CROSS JOIN LATERAL pg_advisory_xact_lock(1147, "
            + "hashtext(current_setting('app.council') || '/' || p.id || '/' || :courseCode)) WHERE p.id = :id")
    Optional<Person> findLockingCourse(String id, @Nullable String courseCode);   // none named: nothing to lock, refused later

    /** Active councillors who joined on or before that day, by name. */
    @Query("SELECT * FROM person WHERE active AND kind = 'COUNCILLOR' AND start_date <= :joinedBy ORDER BY full_name")
    List<Person> findCouncillorsJoinedBy(java.time.LocalDate joinedBy);
}
