package uk.councilprotocol.training.courses;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A course in the catalogue. A course with a renewal period must be taken again when it expires: a year (or so many
 * months) after each completion, or, with {@code renewsBy}, on the council's own cycle of due days.
 */
@Serdeable
@MappedEntity("course")
public record Course(@Id String code,
                     String title,
                     String description,
                     @Nullable Integer renewalMonths,
                     boolean active,
                     @Nullable Integer renewalWindowDays,
                     @Nullable LocalDate renewsBy) {

    /** When a first completion on {@code completedOn} stops counting, if it ever does. */
    public Optional<LocalDate> expiryOf(LocalDate completedOn) {
        return expiryOf(completedOn, null);
    }

    /** Whether {@link #expiryOf(LocalDate, LocalDate)} needs the expiry of the completion before (a renewal window). */
    public boolean renewsFromCurrentExpiry() {
        return renewalMonths != null && renewsBy == null && renewalWindowDays != null;
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
        if (renewsBy != null) {
            return Optional.of(cycleExpiryOf(completedOn));
        }
        boolean withinWindow = renewsFromCurrentExpiry() && currentExpiry != null && !completedOn.isAfter(currentExpiry)
                && !completedOn.isBefore(currentExpiry.minusDays(renewalWindowDays));
        return Optional.of((withinWindow ? currentExpiry : completedOn).plusMonths(renewalMonths));
    }

    /**
     * On a council-wide cycle everyone's renewals fall due on the same days: {@code renewsBy} and every
     * {@code renewalMonths} before and after it (each counted from {@code renewsBy}, so 29 February comes back in leap
     * years). A completion counts for the first due day whose renewal window has not opened yet on the day it is done,
     * so one done within the window before a due day (up to and on the day itself) counts for that day and expires on
     * the next; one done late expires on the next due day too.
     */
    private LocalDate cycleExpiryOf(LocalDate completedOn) {
        int window = renewalWindowDays == null ? 0 : renewalWindowDays;
        long k = Math.floorDiv(ChronoUnit.MONTHS.between(renewsBy, completedOn), renewalMonths) - 1;
        LocalDate due = dueDay(k);
        while (!completedOn.isBefore(due.minusDays(window))) {
            due = dueDay(++k);
        }
        return due;
    }

    private LocalDate dueDay(long k) {
        return renewsBy.plusMonths(k * renewalMonths);
    }

    public uk.councilprotocol.contracts.training.v1.Course toProto() {
        return uk.councilprotocol.contracts.training.v1.Course.newBuilder()
                .setCode(code).setTitle(title).setDescription(description)
                .setRenewalMonths(renewalMonths == null ? 0 : renewalMonths)
                .setRenewalWindowDays(renewalWindowDays == null ? 0 : renewalWindowDays)
                .setActive(active)
                .setRenewsBy(renewsBy == null ? "" : renewsBy.toString())
                .build();
    }
}
