package uk.councilprotocol.notifications.buddies;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import uk.councilprotocol.contracts.training.v1.BuddyCheckIn;
import uk.councilprotocol.contracts.training.v1.BuddyPairing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A new councillor and their buddy, as far as their emails need it, copied from training-service's events. */
@MappedEntity("buddy_pairing")
public record BuddyPair(@Id UUID pairingId,
                        String newcomerId,
                        String newcomerName,
                        String buddyId,
                        String buddyName,
                        LocalDate startsOn,
                        LocalDate checkInsUntil,
                        boolean ended,
                        @Nullable LocalDate lastCheckIn,
                        Instant updatedAt) {

    static BuddyPair of(BuddyPairing p, Instant now) {
        LocalDate last = p.getCheckInsList().stream().map(BuddyCheckIn::getHeldOn).map(LocalDate::parse)
                .max(LocalDate::compareTo).orElse(null);
        return new BuddyPair(UUID.fromString(p.getId()), p.getNewcomerId(), p.getNewcomerName(), p.getBuddyId(), p.getBuddyName(),
                LocalDate.parse(p.getStartsOn()), LocalDate.parse(p.getCheckInsUntil()), !p.getEndedAt().isBlank(), last, now);
    }

    /** As a later event gives it; an ended pairing stays ended, and the latest check-in stays known. */
    BuddyPair updatedBy(BuddyPair newer) {
        LocalDate last = lastCheckIn == null || (newer.lastCheckIn != null && newer.lastCheckIn.isAfter(lastCheckIn)) ? newer.lastCheckIn : lastCheckIn;
        return new BuddyPair(pairingId, newer.newcomerId, newer.newcomerName, newer.buddyId, newer.buddyName, newer.startsOn,
                newer.checkInsUntil, ended || newer.ended, last, newer.updatedAt);
    }

    /** The other of the pair, by name, to the one named. */
    String otherThan(String personId) {
        return newcomerId.equals(personId) ? buddyName : newcomerName;
    }
}
