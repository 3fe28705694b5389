package uk.councilprotocol.training.buddies;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A meeting of a new councillor and their buddy. */
@Serdeable
@MappedEntity("buddy_check_in")
public record BuddyCheckIn(@Id UUID id,
                           UUID pairingId,
                           LocalDate heldOn,
                           @Nullable String note,
                           String recordedBy,
                           Instant recordedAt) {

    uk.councilprotocol.contracts.training.v1.BuddyCheckIn toProto() {
        return uk.councilprotocol.contracts.training.v1.BuddyCheckIn.newBuilder()
                .setId(id.toString())
                .setHeldOn(heldOn.toString())
                .setNote(note == null ? "" : note)
                .setRecordedBy(recordedBy)
                .setRecordedAt(recordedAt.toString())
                .build();
    }
}
