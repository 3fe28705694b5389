package uk.councilprotocol.platform.time;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The {@code platform.clock.start} setting: blank for the real time, else an ISO-8601 instant. */
public final class ClockStart {
    public static final String PROPERTY = "platform.clock.start";

    private ClockStart() {
    }

    /** The instant, or null when the setting is blank; a malformed one stops start-up with the setting named. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " (PLATFORM_CLOCK_START) must be an instant such as "
                    + "2026-12-24T10:00:00Z, not '" + text + "'", e);
        }
    }
}
