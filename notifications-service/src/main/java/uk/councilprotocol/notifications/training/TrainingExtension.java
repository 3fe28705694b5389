package uk.councilprotocol.notifications.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import uk.councilprotocol.contracts.training.v1.ExtensionRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A request for more time, as far as its emails need it, copied from training-service's events. */
@MappedEntity("training_extension")
public record TrainingExtension(@Id UUID requestId,
                                String personId,
                                String personName,
                                String courseTitle,
                                @Nullable String approverId,
                                String approverRole,
                                LocalDate currentDueDate,
                                LocalDate requestedDueDate,
                                String reason,
                                String status,
                                @Nullable String decisionNote,
                                Instant updatedAt) {

    static TrainingExtension of(ExtensionRequest r, Instant now) {
        return new TrainingExtension(UUID.fromString(r.getId()), r.getPersonId(), r.getPersonName(), r.getCourseTitle(),
                r.getApproverId().isBlank() ? null : r.getApproverId(), r.getApproverRole(),
                LocalDate.parse(r.getCurrentDueDate()), LocalDate.parse(r.getRequestedDueDate()), r.getReason(),
                r.getStatus().name(), r.getDecisionNote().isBlank() ? null : r.getDecisionNote(), now);
    }

    boolean approved() {
        return "APPROVED".equals(status);
    }
}
