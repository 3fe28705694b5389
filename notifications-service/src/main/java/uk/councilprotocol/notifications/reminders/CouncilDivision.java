package uk.councilprotocol.notifications.reminders;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/** A council whose bank holidays are another division's than the deployment's ({@code notifications.calendars.<council>.division}). */
@EachProperty("notifications.calendars")
public record CouncilDivision(@Parameter String council, String division) {
}
