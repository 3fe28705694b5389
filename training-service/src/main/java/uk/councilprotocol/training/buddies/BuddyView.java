package uk.councilprotocol.training.buddies;

import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.platform.grpc.Protos;

import java.util.List;

/** A pairing as people read it: with both names and its check-ins, oldest first. */
@Serdeable
public record BuddyView(BuddyPairing pairing, String newcomerName, String buddyName, List<BuddyCheckIn> checkIns) {

    public uk.councilprotocol.contracts.training.v1.BuddyPairing toProto() {
        BuddyPairing p = pairing;
        return uk.councilprotocol.contracts.training.v1.BuddyPairing.newBuilder()
                .setId(p.id().toString())
                .setNewcomerId(p.newcomerId())
                .setNewcomerName(newcomerName)
                .setBuddyId(p.buddyId())
                .setBuddyName(buddyName)
                .setStartsOn(p.startsOn().toString())
                .setCheckInsUntil(p.checkInsUntil().toString())
                .setPairedBy(p.pairedBy())
                .setPairedAt(p.pairedAt().toString())
                .setEndedBy(Protos.orEmpty(p.endedBy()))
                .setEndedAt(Protos.orEmpty(p.endedAt()))
                .setEndReason(Protos.orEmpty(p.endReason()))
                .addAllCheckIns(checkIns.stream().map(BuddyCheckIn::toProto).toList())
                .build();
    }
}
