package uk.councilprotocol.notifications.reminders;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;


/**
 * When reminders may go ({@code notifications.send-window.*}): in the council's sending hours (its own, else the
 * deployment's {@code opens} and {@code closes}: {@code voice/SendingHoursSettings}) on its working days, whose bank holidays are its division's ({@code division}, from GOV.UK's {@code file} or
 * the bundled copy). A council on the deployment with bank holidays of its own names its division under
 * {@code notifications.calendars.<council>.division} ({@link CouncilDivision}).
 */
@ConfigurationProperties("notifications.send-window")
public record SendWindowSettings(@Nullable Boolean enabled,
                                 @Nullable String division,
                                 @Nullable String file) {

    public SendWindowSettings {
        enabled = enabled == null || enabled;
        division = division == null || division.isBlank() ? "england-and-wales" : division;
    }
}
