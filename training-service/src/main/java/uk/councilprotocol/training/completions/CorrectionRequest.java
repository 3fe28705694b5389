package uk.councilprotocol.training.completions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** HR's correction of a completion: the whole of it as it should have been recorded, and why. */
@Serdeable
@Introspected
public record CorrectionRequest(@NotBlank(message = "is required (a date like 2026-11-23)")
                                @Pattern(regexp = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*", message = "is not a date in the form YYYY-MM-DD")
                                @Nullable String completedOn,
                                @NotBlank(message = "is required") @Size(max = 200, message = "is longer than {max} characters")
                                @Nullable String provider,
                                @Size(max = 200, message = "is longer than {max} characters") @Nullable String evidenceReference,
                                @NotBlank(message = "is required: say why it is corrected")
                                @Size(max = 1000, message = "is longer than {max} characters") @Nullable String reason) {
}
