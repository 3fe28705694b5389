package uk.councilprotocol.training.completions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import uk.councilprotocol.platform.grpc.Protos;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import io.micronaut.serde.annotation.Serdeable;

/** Evidence that a person completed a course on a date, from a provider. */
@Serdeable
@MappedEntity("completion")
public record Completion(@Id UUID id,
                         String personId,
                         String courseCode,
                         LocalDate completedOn,
                         String provider,
                         String evidenceReference,
                         @Nullable LocalDate expiresOn,
                         @Nullable UUID fulfilledAssignmentId,
                         Instant recordedAt) {

    public boolean isValidOn(LocalDate day) {
        return expiresOn == null || expiresOn.isAfter(day);
    }

    public uk.councilprotocol.contracts.training.v1.Completion toProto() {
        return uk.councilprotocol.contracts.training.v1.Completion.newBuilder()
                .setId(id.toString())
                .setPersonId(personId)
                .setCourseCode(courseCode)
                .setCompletedOn(completedOn.toString())
                .setProvider(provider)
                .setEvidenceReference(evidenceReference)
                .setExpiresOn(Protos.orEmpty(expiresOn))
                .build();
    }
}
