package uk.councilprotocol.plans.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated narrative on an action ("These meetings are ongoing."), with the status change it brought, if any. */
@MappedEntity("progress_update")
public record ProgressUpdate(@Id UUID id,
                             UUID actionId,
                             LocalDate recordedOn,
                             String author,
                             String narrative,
                             @Nullable ActionStatus statusFrom,
                             @Nullable ActionStatus statusTo,
                             Instant createdAt) {

    /** The same update, its wording corrected. */
    public ProgressUpdate withNarrative(String corrected) {
        return new ProgressUpdate(id, actionId, recordedOn, author, corrected, statusFrom, statusTo, createdAt);
    }
}
