package uk.councilprotocol.enquiries.absence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * An officer's absence and who covers it, as the Hub or the officer's department records it. That both are
 * officers on the roster, the cover is someone else and the dates run forwards, {@link AbsenceCover} checks.
 */
@Serdeable
@Introspected
public record AbsenceRequest(@NotBlank(message = "is required") @Nullable String officerId,
                             @NotBlank(message = "is required (a date like 2026-11-23)")
                             @Pattern(regexp = DATE, message = "is not a date in the form YYYY-MM-DD") @Nullable String startsOn,
                             @NotBlank(message = "is required (a date like 2026-11-23)")
                             @Pattern(regexp = DATE, message = "is not a date in the form YYYY-MM-DD") @Nullable String endsOn,
                             @NotBlank(message = "is required") @Nullable String coverOfficerId) {
    static final String DATE = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*";
}
