package uk.councilprotocol.console.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The console's "today" (which enquiries are due soon, the default completion date), in the council's zone.
 * It follows the services' {@code platform.clock.start} (an instant) when the local run is pinned to a day.
 */
@Factory
public class ConsoleClock {

    @Singleton
    Clock clock(@Value("${council.time-zone:Europe/London}") String zone, @Value("${platform.clock.start:}") String start) {
        Clock system = Clock.system(ZoneId.of(zone));
        return start.isBlank() ? system : Clock.offset(system, Duration.between(system.instant(), Instant.parse(start.strip())));
    }
}
