package uk.councilprotocol.notifications.training;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TrainingAssignmentRepository extends CrudRepository<TrainingAssignment, UUID> {

    /** The next open assignment due on or after the day (a preview's real case). */
    Optional<TrainingAssignment> findFirstByOpenAndDueDateGreaterThanEqualsOrderByDueDate(boolean open, LocalDate day);

    /** The person's latest assignment of the course (its title; its due date, if open). */
    Optional<TrainingAssignment> findFirstByPersonIdAndCourseCodeOrderByDueDateDesc(String personId, String courseCode);

    /**
     * Closes the copy and says whose it was, in one statement (a completion's hot path; empty if it was never
     * copied). A select around the update, so that it is read as a query.
     */
    @Query("WITH closed AS (UPDATE training_assignment SET open = false, updated_at = :now "
            + "WHERE assignment_id = :assignmentId RETURNING person_id) SELECT person_id FROM closed")
    Optional<String> findPersonOfClosed(UUID assignmentId, Instant now);

    /** The open assignment that most recently fell overdue before the day. */
    Optional<TrainingAssignment> findFirstByOpenAndDueDateLessThanOrderByDueDateDesc(boolean open, LocalDate day);
}
