package uk.councilprotocol.platform.councils;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A council as the platform operator sees it in one service: served or closed, and a count of its rows, no more. */
@Serdeable
public record CouncilStanding(String council, String state, long rows, @Nullable Instant closedAt, @Nullable String closedBy) {
    public static final String SERVED = "served";
    public static final String CLOSED = "closed";
}
