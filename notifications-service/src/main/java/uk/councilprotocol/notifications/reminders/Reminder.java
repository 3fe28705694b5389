package uk.councilprotocol.notifications.reminders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One reminder about one subject (e.g. a training assignment) to one person: its kind (e.g. "7 days before"), the
 * deadline it is about and the occasion it marks, if any (see {@link Notice}); the trace of the change that planned it
 * or, once cancelled, of the change that cancelled it (its email is sent in that trace).
 */
@Serdeable
@MappedEntity("reminder")
public record Reminder(@Id UUID id,
                       String subjectType,
                       String subjectId,
                       String personId,
                       String kind,
                       @Nullable LocalDate deadline,
                       @Nullable Instant occasion,
                       Instant sendAt,
                       ReminderStatus status,
                       int attempts,
                       Instant nextAttemptAt,
                       @Nullable String lastError,
                       @Nullable Instant sentAt,
                       Instant createdAt,
                       @Nullable Instant firstFailedAt,
                       @Nullable String traceParent) {
    /** The last_error of a reminder whose time came outside the council's sending hours (see SendWindow). */
    public static final String OUTSIDE_SEND_WINDOW = "waiting for the council's sending hours";
    /** The last_error of a reminder held until its person's details arrive from training-service. */
    public static final String AWAITING_CONTACT = "waiting for the details of this person from training-service";
    public static final String AWAITING_COPIED = "waiting for the details of whoever is copied from training-service";

    public Reminder digested(Instant now) {
        return new Reminder(id, subjectType, subjectId, personId, kind, deadline, occasion, sendAt, ReminderStatus.DIGESTED, attempts,
                nextAttemptAt, null, now, createdAt, firstFailedAt, traceParent);
    }

    public Reminder sent(Instant now) {
        return new Reminder(id, subjectType, subjectId, personId, kind, deadline, occasion, sendAt, ReminderStatus.SENT, attempts + 1,
                nextAttemptAt, null, now, createdAt, firstFailedAt, traceParent);
    }

    /** Refused for now: tried again later, each wait twice the last (at most 6 hours); the first refusal is kept. */
    public Reminder failed(String error, Instant now, Duration firstBackoff) {
        long factor = 1L << Math.min(attempts, 12);
        Duration wait = firstBackoff.multipliedBy(factor);
        Duration capped = wait.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : wait;
        return new Reminder(id, subjectType, subjectId, personId, kind, deadline, occasion, sendAt, ReminderStatus.PENDING, attempts + 1,
                now.plus(capped), error, null, createdAt, firstFailedAt == null ? now : firstFailedAt, traceParent);
    }

    /** The SMTP server could not be reached: the message never left, so it stays due, with the reason. */
    /** Still pending, sent when the council's sending hours next open, at {@code opens}. */
    public Reminder heldUntil(Instant opens) {
        return new Reminder(id, subjectType, subjectId, personId, kind, deadline, occasion, sendAt, ReminderStatus.PENDING, attempts,
                opens, OUTSIDE_SEND_WINDOW, null, createdAt, firstFailedAt, traceParent);
    }

    public Reminder unreachable(String error) {
        return new Reminder(id, subjectType, subjectId, personId, kind, deadline, occasion, sendAt, ReminderStatus.PENDING, attempts,
                nextAttemptAt, error, null, createdAt, firstFailedAt, traceParent);
    }

    public Reminder closed(ReminderStatus status, String reason) {
        return new Reminder(id, subjectType, subjectId, personId, kind, deadline, occasion, sendAt, status, attempts, nextAttemptAt,
                reason, sentAt, createdAt, firstFailedAt, traceParent);
    }

    /** The Message-ID of this reminder's email: the same on every attempt. */
    public String messageId() {
        return "<reminder-" + id + "@council-protocol>";
    }
}
