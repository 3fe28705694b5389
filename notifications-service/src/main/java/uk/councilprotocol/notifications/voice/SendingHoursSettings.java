package uk.councilprotocol.notifications.voice;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalTime;

/**
 * The deployment's sending hours ({@code notifications.send-window.opens} and {@code .closes}, 08:00 to 18:00): a
 * council's admin may set its own ({@link VoiceChoices}).
 */
@ConfigurationProperties("notifications.send-window")
public record SendingHoursSettings(@Nullable LocalTime opens, @Nullable LocalTime closes) {

    public SendingHoursSettings {
        opens = opens == null ? LocalTime.of(8, 0) : opens;
        closes = closes == null ? LocalTime.of(18, 0) : closes;
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("notifications.send-window.closes (" + closes + ") must be after opens (" + opens + ")");
        }
    }
}
