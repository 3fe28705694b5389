package uk.councilprotocol.training.completions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A completion as a department reports it (HTTP JSON and gRPC alike). Its shape is declared here; that the person
 * is on the roster, the course in the catalogue and the date real and not in the future, {@link CompletionService}
 * checks, and the caller hears of both at once.
 */
@Serdeable
@Introspected
public record CompletionRequest(@NotBlank(message = "is required") @Nullable String personId,
                                @NotBlank(message = "is required") @Nullable String courseCode,
                                @NotBlank(message = "is required (a date like 2026-11-23)")
                                @Pattern(regexp = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*", message = "is not a date in the form YYYY-MM-DD")
                                @Nullable String completedOn,
                                @NotBlank(message = "is required") @Size(max = 200, message = "is longer than {max} characters")
                                @Nullable String provider,
                                @Size(max = 200, message = "is longer than {max} characters") @Nullable String evidenceReference) {
}
