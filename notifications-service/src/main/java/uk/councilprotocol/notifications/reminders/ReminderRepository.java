package uk.councilprotocol.notifications.reminders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import uk.councilprotocol.platform.tracing.TraceParents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReminderRepository extends CrudRepository<Reminder, UUID> {

    /** Held reminders whose weekly digest has just gone: sent, in it (one statement for the digest's every item). */
    @Query("UPDATE reminder SET status = 'SENT', sent_at = :sentAt, attempts = attempts + 1 "
            + "WHERE id IN (:ids) AND status = 'DIGESTED'")
    int markSentInDigest(List<UUID> ids, Instant sentAt);

    /** The digest carrying them was refused for good. */
    @Query("UPDATE reminder SET status = 'FAILED', last_error = :reason WHERE id IN (:ids) AND status = 'DIGESTED'")
    int markFailedInDigest(List<UUID> ids, String reason);

    /** Pending reminders whose time has come, locked so that a second instance skips them (index: reminder_pending_due). */
    @Query("SELECT * FROM reminder WHERE status = 'PENDING' AND next_attempt_at <= :now "
            + "ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<Reminder> lockDue(Instant now, int limit);

    /** When a reminder last put the subject's deadline in the person's calendar (one before it, or a move); null if none did. */
    @Query("SELECT max(sent_at) FROM reminder WHERE subject_type = :subjectType AND subject_id = :subjectId "
            + "AND person_id = :personId AND status = 'SENT' AND (kind LIKE 'DUE_IN_%' OR kind = :movedKind)")
    @Nullable
    Instant lastCalendarSend(String subjectType, String subjectId, String personId, String movedKind);

    @Query("UPDATE reminder SET status = 'CANCELLED', last_error = :reason, trace_parent = :traceParent "
            + "WHERE subject_type = :subjectType AND subject_id = :subjectId AND status IN ('PENDING', 'DIGESTED')")
    int cancelPendingTraced(String subjectType, String subjectId, String reason, @Nullable String traceParent);

    /** Cancels a subject's pending reminders, keeping the trace of the change that cancelled them. */
    default int cancelPending(String subjectType, String subjectId, String reason) {
        return cancelPendingTraced(subjectType, subjectId, reason, TraceParents.current());
    }

    /** Cancels the pending reminders of a subject of these kinds (e.g. those about the old deadline). */
    @Query("UPDATE reminder SET status = 'CANCELLED', last_error = :reason, trace_parent = :traceParent "
            + "WHERE subject_type = :subjectType AND subject_id = :subjectId AND status IN ('PENDING', 'DIGESTED') AND kind IN (:kinds)")
    int cancelPendingKindsTraced(String subjectType, String subjectId, List<String> kinds, String reason,
                                 @Nullable String traceParent);

    default int cancelPendingKinds(String subjectType, String subjectId, List<String> kinds, String reason) {
        return cancelPendingKindsTraced(subjectType, subjectId, kinds, reason, TraceParents.current());
    }

    /**
     * Cancels a subject's pending advance reminders ({@code DUE_IN_…}, those about the old deadline), whichever days
     * before planned them: the council may have changed its days since.
     */
    @Query("UPDATE reminder SET status = 'CANCELLED', last_error = :reason, trace_parent = :traceParent "
            + "WHERE subject_type = :subjectType AND subject_id = :subjectId AND status IN ('PENDING', 'DIGESTED') AND kind LIKE 'DUE\\_IN\\_%'")
    int cancelPendingAdvanceTraced(String subjectType, String subjectId, String reason, @Nullable String traceParent);

    default int cancelPendingAdvance(String subjectType, String subjectId, String reason) {
        return cancelPendingAdvanceTraced(subjectType, subjectId, reason, TraceParents.current());
    }

    /** Cancels pending reminders of a subject for one person (e.g. an officer no longer assigned). */
    @Query("UPDATE reminder SET status = 'CANCELLED', last_error = :reason, trace_parent = :traceParent "
            + "WHERE subject_type = :subjectType AND subject_id = :subjectId AND status IN ('PENDING', 'DIGESTED') AND person_id = :personId")
    int cancelPendingForTraced(String subjectType, String subjectId, String personId, String reason,
                               @Nullable String traceParent);

    default int cancelPendingFor(String subjectType, String subjectId, String personId, String reason) {
        return cancelPendingForTraced(subjectType, subjectId, personId, reason, TraceParents.current());
    }

    /**
     * Locks these people's due reminders, waiting for a dispatcher that has one locked to commit first (so what it
     * did, a hold say, is seen by the statements after this); answers how many.
     */
    @Query("SELECT count(*) FROM (SELECT id FROM reminder WHERE person_id IN (:personIds) AND status = 'PENDING' "
            + "AND next_attempt_at <= :now FOR UPDATE) due")
    long lockDueOf(List<String> personIds, Instant now);

    /**
     * Locks the due reminders of the people these are line managers of, waiting likewise for a dispatcher holding one
     * for its copied manager's details. Walks the council's due reminders (a handful, unless a burst is being sent),
     * each checked against its person's contact, rather than keep an index of line managers for this alone.
     */
    @Query("SELECT count(*) FROM (SELECT id FROM reminder WHERE status = 'PENDING' AND next_attempt_at <= :now "
            + "AND EXISTS (SELECT 1 FROM contact WHERE contact.person_id = reminder.person_id "
            + "AND contact.line_manager_id IN (:personIds)) FOR UPDATE) due")
    long lockDueCopying(List<String> personIds, Instant now);

    /**
     * Holds a reminder until its person's details arrive, unless they arrived since the dispatcher looked: their
     * transaction may have committed, its release run, in between (each statement reads what is committed by then).
     */
    @Query("UPDATE reminder SET next_attempt_at = :retryAt, last_error = '" + Reminder.AWAITING_CONTACT + "' WHERE id = :id "
            + "AND status = 'PENDING' AND NOT EXISTS (SELECT 1 FROM contact WHERE contact.person_id = reminder.person_id)")
    int awaitContact(UUID id, Instant retryAt);

    /**
     * The people's reminders held until their details arrived: due at once (one whose retry time has come already is
     * due either way). Found by person alone (index: reminder_awaiting_contact): asked for those due later too, the
     * planner walked the council's pending reminders by due time instead.
     */
    @Query("UPDATE reminder SET next_attempt_at = :now WHERE person_id IN (:personIds) AND status = 'PENDING' "
            + "AND last_error = '" + Reminder.AWAITING_CONTACT + "'")
    int releaseAwaitingContact(List<String> personIds, Instant now);

    /**
     * The reminders held for these people as whoever they copy (their person's line manager): due at once. Walks just
     * the held ones (index: reminder_awaiting_copied), each checked against its person's contact. A statement of its
     * own: asked in one with {@link #releaseAwaitingContact} (an OR of the two), PostgreSQL took 70-275 ms a run of
     * the bench's 20,000-person import, against microseconds for each alone.
     */
    @Query("UPDATE reminder SET next_attempt_at = :now WHERE status = 'PENDING' AND last_error = '" + Reminder.AWAITING_COPIED
            + "' AND EXISTS (SELECT 1 FROM contact WHERE contact.person_id = reminder.person_id "
            + "AND contact.line_manager_id IN (:personIds))")
    int releaseAwaitingCopied(List<String> personIds, Instant now);

    /**
     * Holds a reminder until the details of whoever it copies arrive (released with {@link #releaseAwaitingCopied}),
     * unless they arrived since the dispatcher looked.
     */
    @Query("UPDATE reminder SET next_attempt_at = :retryAt, last_error = '" + Reminder.AWAITING_COPIED + "' WHERE id = :id "
            + "AND status = 'PENDING' AND NOT EXISTS (SELECT 1 FROM contact WHERE contact.person_id = :copiedId)")
    int awaitCopied(UUID id, String copiedId, Instant retryAt);

    List<Reminder> findByPersonIdOrderBySendAt(String personId);

    List<Reminder> findBySubjectIdOrderBySendAt(String subjectId);
}
