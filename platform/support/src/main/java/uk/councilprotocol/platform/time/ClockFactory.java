package uk.councilprotocol.platform.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The business clock, in the council's time zone. Everything that asks "what is today?" injects it.
 * With {@code platform.clock.adjustable=true} (tests and demos only) it can be moved forward over HTTP.
 */
@Factory
public class ClockFactory {

    @Singleton
    @Requires(property = "platform.clock.adjustable", notEquals = "true")
    Clock systemClock(@Value("${council.time-zone:Europe/London}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Singleton
    @Requires(property = "platform.clock.adjustable", value = "true")
    AdjustableClock adjustableClock(@Value("${council.time-zone:Europe/London}") String zone) {
        return new AdjustableClock(ZoneId.of(zone));
    }
}
