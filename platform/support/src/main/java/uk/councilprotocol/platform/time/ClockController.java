package uk.councilprotocol.platform.time;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.platform.errors.InvalidInputException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import uk.councilprotocol.platform.security.Roles;
import io.micronaut.security.annotation.Secured;

/** Moves the adjustable clock. Exists only when {@code platform.clock.adjustable=true}: never in production. */
@Controller("/internal/clock")
@Secured(Roles.ADMIN)
@Requires(property = "platform.clock.adjustable", value = "true")
public class ClockController {
    private final AdjustableClock clock;

    public ClockController(AdjustableClock clock) {
        this.clock = clock;
    }

    @Serdeable
    public record ClockSetting(String instant) {
    }

    @Get
    public ClockSetting now() {
        return new ClockSetting(clock.instant().toString());
    }

    @Put
    public ClockSetting set(@Body ClockSetting setting) {
        try {
            clock.setInstant(Instant.parse(setting.instant()));
        } catch (DateTimeParseException | NullPointerException e) {
            throw InvalidInputException.of("instant", "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z");
        }
        return now();
    }
}
