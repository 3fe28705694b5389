package uk.councilprotocol.training.assignments;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Collection;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AssignmentRepository extends CrudRepository<Assignment, UUID> {

    List<Assignment> findByPersonIdInAndStatus(Collection<String> personIds, AssignmentStatus status);

    Optional<Assignment> findByPersonIdAndCourseCodeAndStatus(String personId, String courseCode, AssignmentStatus status);

    /** The assignment, locked until the transaction ends: two requests about it are decided one after the other. */
    @Query("SELECT * FROM assignment WHERE id = :id FOR UPDATE")
    Optional<Assignment> lock(UUID id);

    /** Open assignments past due that nobody has been told about yet, oldest first. */
    @Query("SELECT * FROM assignment WHERE status = 'OPEN' AND due_date < :today AND overdue_announced_at IS NULL "
            + "ORDER BY due_date LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<Assignment> lockNewlyOverdue(LocalDate today, int limit);
}
