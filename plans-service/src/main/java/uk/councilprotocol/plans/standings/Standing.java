package uk.councilprotocol.plans.standings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action as it stood on a day: its status, RAG, progress and live figure (as read then). */
@MappedEntity("action_standing")
public record Standing(@Id UUID id,
                       UUID actionId,
                       LocalDate stoodOn,
                       String status,
                       String rag,
                       int progressPercent,
                       String evidence,
                       @Nullable Double evidenceValue,
                       Instant takenAt) {
}
