package uk.councilprotocol.training.courses;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.Optional;
import io.micronaut.serde.annotation.Serdeable;

/** A course in the catalogue. A course with a renewal period must be taken again when it expires. */
@Serdeable
@MappedEntity("course")
public record Course(@Id String code,
                     String title,
                     String description,
                     @Nullable Integer renewalMonths,
                     boolean active) {

    /** When a completion on {@code completedOn} stops counting, if it ever does. */
    public Optional<LocalDate> expiryOf(LocalDate completedOn) {
        return renewalMonths == null ? Optional.empty() : Optional.of(completedOn.plusMonths(renewalMonths));
    }

    public uk.councilprotocol.contracts.training.v1.Course toProto() {
        return uk.councilprotocol.contracts.training.v1.Course.newBuilder()
                .setCode(code).setTitle(title).setDescription(description)
                .setRenewalMonths(renewalMonths == null ? 0 : renewalMonths)
                .build();
    }
}
