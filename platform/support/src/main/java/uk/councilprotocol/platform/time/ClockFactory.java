package uk.councilprotocol.platform.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The business clock, in the council's time zone. Everything that asks "what is today?" injects it.
 * With {@code platform.clock.adjustable=true} (tests and demos only) it can be moved forward over HTTP.
 * {@code platform.clock.start} (an instant) starts it on a chosen day instead of today: the launcher's
 * {@code --today} and the CI run that pins the tests to awkward days use it.
 */
@Factory
public class ClockFactory {

    @Singleton
    @Requires(property = "platform.clock.adjustable", notEquals = "true")
    Clock systemClock(@Value("${council.time-zone:Europe/London}") String zone, @Value("${platform.clock.start:}") String start) {
        Clock system = Clock.system(ZoneId.of(zone));
        Instant startAt = ClockStart.parse(start);
        return startAt == null ? system : Clock.offset(system, Duration.between(system.instant(), startAt));
    }

    @Singleton
    @Requires(property = "platform.clock.adjustable", value = "true")
    AdjustableClock adjustableClock(@Value("${council.time-zone:Europe/London}") String zone,
                                    @Value("${platform.clock.start:}") String start) {
        return new AdjustableClock(ZoneId.of(zone), ClockStart.parse(start));
    }
}
