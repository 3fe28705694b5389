package uk.councilprotocol.training.buddies;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** HR's pairing (HTTP JSON and gRPC alike): the new councillor and their buddy, by roster id. */
@Serdeable
@Introspected
public record PairingAsk(@NotBlank(message = "is required: the new councillor's roster id") @Size(max = 100) @Nullable String newcomerId,
                         @NotBlank(message = "is required: the buddy's roster id") @Size(max = 100) @Nullable String buddyId) {
}
