package uk.councilprotocol.plans.actions;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** What a progress update said before a correction, why it was corrected, by whom (a name) and when. */
@MappedEntity("progress_revision")
public record ProgressRevision(@Id UUID id,
                               UUID progressId,
                               String narrative,
                               String reason,
                               String correctedBy,
                               Instant correctedAt) {
}
