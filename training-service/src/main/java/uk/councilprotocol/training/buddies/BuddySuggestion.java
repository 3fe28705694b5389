package uk.councilprotocol.training.buddies;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.platform.grpc.Protos;

import java.time.LocalDate;

/** An experienced councillor who could buddy a new one, and why they are suggested. */
@Serdeable
public record BuddySuggestion(String personId, String fullName, @Nullable String politicalGroup, LocalDate startDate,
                              int currentNewcomers, String reason) {

    public uk.councilprotocol.contracts.training.v1.BuddySuggestion toProto() {
        return uk.councilprotocol.contracts.training.v1.BuddySuggestion.newBuilder()
                .setPersonId(personId)
                .setFullName(fullName)
                .setPoliticalGroup(Protos.orEmpty(politicalGroup))
                .setStartDate(startDate.toString())
                .setCurrentNewcomers(currentNewcomers)
                .setReason(reason)
                .build();
    }
}
