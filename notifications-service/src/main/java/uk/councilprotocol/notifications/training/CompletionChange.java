package uk.councilprotocol.notifications.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** HR's correction or withdrawal of a person's recorded completion, kept for the email that tells them. */
@MappedEntity("completion_change")
public record CompletionChange(@Id UUID id,
                               UUID completionId,
                               String personId,
                               String courseCode,
                               String kind,
                               LocalDate beforeCompletedOn,
                               @Nullable LocalDate afterCompletedOn,
                               String reason,
                               Instant changedAt) {
}
