package uk.councilprotocol.notifications.training;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TrainingAssignmentRepository extends CrudRepository<TrainingAssignment, UUID> {

    /** The next open assignment due on or after the day (a preview's real case). */
    Optional<TrainingAssignment> findFirstByOpenAndDueDateGreaterThanEqualsOrderByDueDate(boolean open, LocalDate day);

    /** The person's latest assignment of the course (its title; its due date, if open). */
    Optional<TrainingAssignment> findFirstByPersonIdAndCourseCodeOrderByDueDateDesc(String personId, String courseCode);

    /** The open assignment that most recently fell overdue before the day. */
    Optional<TrainingAssignment> findFirstByOpenAndDueDateLessThanOrderByDueDateDesc(boolean open, LocalDate day);
}
