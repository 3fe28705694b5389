package uk.councilprotocol.notifications.reminders;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When reminders go out: {@code notifications.send-time} (local time of day, in the council's zone)
 * and how long a failed send waits before it is tried again.
 */
@ConfigurationProperties("notifications")
public record ReminderSettings(@Nullable LocalTime sendTime, @Nullable Duration retryBackoff) {

    public ReminderSettings {
        sendTime = sendTime == null ? LocalTime.of(8, 0) : sendTime;
        retryBackoff = retryBackoff == null ? Duration.ofMinutes(1) : retryBackoff;
    }

    public Instant sendTimeOn(LocalDate day, Clock clock) {
        return day.atTime(sendTime).atZone(clock.getZone()).toInstant();
    }
}
