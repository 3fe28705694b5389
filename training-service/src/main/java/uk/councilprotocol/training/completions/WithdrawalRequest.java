package uk.councilprotocol.training.completions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** HR withdraws a completion recorded in error, and says why. */
@Serdeable
@Introspected
public record WithdrawalRequest(@NotBlank(message = "is required: say why it is withdrawn")
                                @Size(max = 1000, message = "is longer than {max} characters") @Nullable String reason) {
}
