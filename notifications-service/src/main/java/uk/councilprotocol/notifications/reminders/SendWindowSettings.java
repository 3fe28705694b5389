package uk.councilprotocol.notifications.reminders;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalTime;

/**
 * When reminders may go ({@code notifications.send-window.*}): between {@code opens} and {@code closes} on the
 * council's working days, whose bank holidays are its division's ({@code division}, from GOV.UK's {@code file} or
 * the bundled copy). A council on the deployment with bank holidays of its own names its division under
 * {@code notifications.calendars.<council>.division} ({@link CouncilDivision}).
 */
@ConfigurationProperties("notifications.send-window")
public record SendWindowSettings(@Nullable Boolean enabled,
                                 @Nullable LocalTime opens,
                                 @Nullable LocalTime closes,
                                 @Nullable String division,
                                 @Nullable String file) {

    public SendWindowSettings {
        enabled = enabled == null || enabled;
        opens = opens == null ? LocalTime.of(8, 0) : opens;
        closes = closes == null ? LocalTime.of(18, 0) : closes;
        division = division == null || division.isBlank() ? "england-and-wales" : division;
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("notifications.send-window.closes (" + closes + ") must be after opens (" + opens + ")");
        }
    }
}
