package uk.councilprotocol.training.completions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A completion as a department reports it (HTTP JSON and gRPC alike). Dates are YYYY-MM-DD. */
@Serdeable
public record CompletionRequest(@Nullable String personId,
                                @Nullable String courseCode,
                                @Nullable String completedOn,
                                @Nullable String provider,
                                @Nullable String evidenceReference) {
}
