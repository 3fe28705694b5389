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
                         Instant recordedAt,
                         boolean withdrawn) {

    /** HR's correction of what was recorded: the date (and so the expiry), the provider, the evidence. */
    public Completion corrected(LocalDate newCompletedOn, String newProvider, String newEvidence, @Nullable LocalDate newExpiresOn) {
        return new Completion(id, personId, courseCode, newCompletedOn, newProvider, newEvidence, newExpiresOn,
                fulfilledAssignmentId, recordedAt, withdrawn);
    }

    /** HR withdrew it (recorded in error): kept for the record, it no longer counts. */
    public Completion asWithdrawn() {
        return new Completion(id, personId, courseCode, completedOn, provider, evidenceReference, expiresOn,
                fulfilledAssignmentId, recordedAt, true);
    }

    public boolean isValidOn(LocalDate day) {
        return !withdrawn && (expiresOn == null || expiresOn.isAfter(day));
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
                .setWithdrawn(withdrawn)
                .build();
    }
}
