package uk.councilprotocol.training.extensions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** More time asked for (HTTP JSON and gRPC alike): the date wanted and why. */
@Serdeable
@Introspected
public record ExtensionAsk(@NotBlank(message = "is required (a date like 2027-03-31)")
                           @Pattern(regexp = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*", message = "is not a date in the form YYYY-MM-DD")
                           @Nullable String requestedDueDate,
                           @NotBlank(message = "is required: say why more time is needed")
                           @Size(max = 1000, message = "is longer than {max} characters")
                           @Nullable String reason) {
}
