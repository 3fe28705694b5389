package uk.councilprotocol.training.buddies;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why HR ends a pairing early. */
@Serdeable
@Introspected
public record EndAsk(@NotBlank(message = "is required: say why the pairing ends") @Size(max = 1000, message = "is longer than {max} characters")
                     @Nullable String reason) {
}
