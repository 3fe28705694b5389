package uk.councilprotocol.training.completions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.contracts.training.v1.CorrectionKind;
import uk.councilprotocol.platform.grpc.Protos;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One correction of a completion by HR: as it was, as it became (nothing, when withdrawn), who, when and why. */
@Serdeable
@MappedEntity("completion_correction")
public record CompletionCorrection(@Id UUID id,
                                   UUID completionId,
                                   String personId,
                                   String courseCode,
                                   Kind kind,
                                   String reason,
                                   LocalDate beforeCompletedOn,
                                   String beforeProvider,
                                   String beforeEvidence,
                                   @Nullable LocalDate afterCompletedOn,
                                   @Nullable String afterProvider,
                                   @Nullable String afterEvidence,
                                   String correctedBy,
                                   Instant correctedAt) {

    public enum Kind { CORRECTED, WITHDRAWN }

    static CompletionCorrection of(Completion before, @Nullable Completion after, String reason, String by, Instant at) {
        return new CompletionCorrection(UUID.randomUUID(), before.id(), before.personId(), before.courseCode(),
                after == null ? Kind.WITHDRAWN : Kind.CORRECTED, reason, before.completedOn(), before.provider(),
                before.evidenceReference(), after == null ? null : after.completedOn(), after == null ? null : after.provider(),
                after == null ? null : after.evidenceReference(), by, at);
    }

    public uk.councilprotocol.contracts.training.v1.CompletionCorrection toProto() {
        return uk.councilprotocol.contracts.training.v1.CompletionCorrection.newBuilder()
                .setId(id.toString()).setCompletionId(completionId.toString()).setPersonId(personId).setCourseCode(courseCode)
                .setKind(CorrectionKind.valueOf(kind.name())).setReason(reason)
                .setBeforeCompletedOn(beforeCompletedOn.toString()).setBeforeProvider(beforeProvider)
                .setBeforeEvidenceReference(beforeEvidence)
                .setAfterCompletedOn(Protos.orEmpty(afterCompletedOn)).setAfterProvider(Protos.orEmpty(afterProvider))
                .setAfterEvidenceReference(Protos.orEmpty(afterEvidence))
                .setCorrectedBy(correctedBy).setCorrectedAt(correctedAt.toString())
                .build();
    }
}
