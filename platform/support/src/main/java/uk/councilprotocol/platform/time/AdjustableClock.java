package uk.councilprotocol.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with real time from an offset that tests (and demos) can move. It starts at the configured
 * start instant, if any, and {@link #reset()} returns there, so a whole test run can be pinned to a chosen day.
 */
public final class AdjustableClock extends Clock {
    private final ZoneId zone;
    private final Duration startOffset;
    private final AtomicReference<Duration> offset;

    /** @param start where the clock starts (and returns to on reset); null for the real time */
    public AdjustableClock(ZoneId zone, Instant start) {
        this(zone, start == null ? Duration.ZERO : Duration.between(Instant.now(), start), null);
    }

    private AdjustableClock(ZoneId zone, Duration startOffset, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.startOffset = startOffset;
        this.offset = offset == null ? new AtomicReference<>(startOffset) : offset;
    }

    public void setInstant(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
    }

    /** Back to where the clock started: the configured start plus the time since, or the real time. */
    public void reset() {
        offset.set(startOffset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(zone, startOffset, offset);
    }
}
