package uk.councilprotocol.training.extensions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person's request for more time on one assignment, and, once made, the decision: kept whatever is decided. */
@Serdeable
@MappedEntity("extension_request")
public record ExtensionRequest(@Id UUID id,
                               UUID assignmentId,
                               String personId,
                               String courseCode,
                               LocalDate currentDueDate,
                               LocalDate requestedDueDate,
                               String reason,
                               ExtensionStatus status,
                               @Nullable String approverId,
                               String approverRole,
                               String requestedBy,
                               Instant requestedAt,
                               @Nullable String decidedBy,
                               @Nullable Instant decidedAt,
                               @Nullable String decisionNote) {

    public ExtensionRequest decided(boolean approved, String by, @Nullable String note, Instant at) {
        return new ExtensionRequest(id, assignmentId, personId, courseCode, currentDueDate, requestedDueDate, reason,
                approved ? ExtensionStatus.APPROVED : ExtensionStatus.DECLINED, approverId, approverRole, requestedBy,
                requestedAt, by, at, note);
    }

    public boolean pending() {
        return status == ExtensionStatus.PENDING;
    }
}
