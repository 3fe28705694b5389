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
                     boolean active,
                     @Nullable Integer renewalWindowDays) {

    /** When a first completion on {@code completedOn} stops counting, if it ever does. */
    public Optional<LocalDate> expiryOf(LocalDate completedOn) {
        return expiryOf(completedOn, null);
    }

    /**
     * When a completion on {@code completedOn} stops counting, given when the one before it expires. A renewal within
     * the window before that expiry (up to and on the day itself) keeps the anniversary: it counts from the old expiry,
     * so renewing early costs nothing. Late, or before the window opens, it counts from the day of completion. Months
     * are calendar months: an expiry of 29 February renews to 28 February in a year that has none.
     */
    public Optional<LocalDate> expiryOf(LocalDate completedOn, @Nullable LocalDate currentExpiry) {
        if (renewalMonths == null) {
            return Optional.empty();
        }
        boolean withinWindow = renewalWindowDays != null && currentExpiry != null && !completedOn.isAfter(currentExpiry)
                && !completedOn.isBefore(currentExpiry.minusDays(renewalWindowDays));
        return Optional.of((withinWindow ? currentExpiry : completedOn).plusMonths(renewalMonths));
    }

    public uk.councilprotocol.contracts.training.v1.Course toProto() {
        return uk.councilprotocol.contracts.training.v1.Course.newBuilder()
                .setCode(code).setTitle(title).setDescription(description)
                .setRenewalMonths(renewalMonths == null ? 0 : renewalMonths)
                .setRenewalWindowDays(renewalWindowDays == null ? 0 : renewalWindowDays)
                .setActive(active)
                .build();
    }
}
