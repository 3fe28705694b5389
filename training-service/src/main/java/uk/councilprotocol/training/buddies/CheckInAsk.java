package uk.councilprotocol.training.buddies;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** A check-in to record: the day the pair met and, if they like, what they covered. */
@Serdeable
@Introspected
public record CheckInAsk(@Nullable String heldOn,
                         @Size(max = 2000, message = "is longer than {max} characters") @Nullable String note) {
}
