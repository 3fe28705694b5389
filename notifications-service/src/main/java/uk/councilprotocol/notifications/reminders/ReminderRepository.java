package uk.councilprotocol.notifications.reminders;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReminderRepository extends CrudRepository<Reminder, UUID> {

    /** Pending reminders whose time has come, locked so that a second instance skips them (index: reminder_pending_due). */
    @Query("SELECT * FROM reminder WHERE status = 'PENDING' AND next_attempt_at <= :now "
            + "ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<Reminder> lockDue(Instant now, int limit);

    boolean existsBySubjectTypeAndSubjectIdAndKind(String subjectType, String subjectId, String kind);

    @Query("UPDATE reminder SET status = 'CANCELLED', last_error = :reason "
            + "WHERE subject_type = :subjectType AND subject_id = :subjectId AND status = 'PENDING'")
    int cancelPending(String subjectType, String subjectId, String reason);

    /** Cancels the pending reminders of a subject whose kind starts with the prefix (e.g. the old deadline's). */
    @Query("UPDATE reminder SET status = 'CANCELLED', last_error = :reason "
            + "WHERE subject_type = :subjectType AND subject_id = :subjectId AND status = 'PENDING' AND kind LIKE :kindPrefix || '%'")
    int cancelPendingKinds(String subjectType, String subjectId, String kindPrefix, String reason);

    /** Cancels pending reminders of a subject for one person (e.g. an officer no longer assigned). */
    @Query("UPDATE reminder SET status = 'CANCELLED', last_error = :reason "
            + "WHERE subject_type = :subjectType AND subject_id = :subjectId AND status = 'PENDING' AND person_id = :personId")
    int cancelPendingFor(String subjectType, String subjectId, String personId, String reason);

    List<Reminder> findByPersonIdOrderBySendAt(String personId);

    List<Reminder> findBySubjectIdOrderBySendAt(String subjectId);
}
