package uk.councilprotocol.training.buddies;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A new councillor and their buddy, for six months of check-ins; kept, with who ended it and why, if HR did. */
@Serdeable
@MappedEntity("buddy_pairing")
public record BuddyPairing(@Id UUID id,
                           String newcomerId,
                           String buddyId,
                           LocalDate startsOn,
                           LocalDate checkInsUntil,
                           String pairedBy,
                           Instant pairedAt,
                           @Nullable String endedBy,
                           @Nullable Instant endedAt,
                           @Nullable String endReason) {

    public boolean current() {
        return endedAt == null;
    }

    public boolean involves(String personId) {
        return newcomerId.equals(personId) || buddyId.equals(personId);
    }

    BuddyPairing ended(String by, Instant at, String reason) {
        return new BuddyPairing(id, newcomerId, buddyId, startsOn, checkInsUntil, pairedBy, pairedAt, by, at, reason);
    }
}
