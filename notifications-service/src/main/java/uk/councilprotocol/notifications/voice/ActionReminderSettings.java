package uk.councilprotocol.notifications.voice;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** {@code notifications.plans.days-before}: reminders this many days before an action's deadline (default 30 and 7). */
@ConfigurationProperties("notifications.plans")
public record ActionReminderSettings(@Nullable List<Integer> daysBefore) {

    public ActionReminderSettings {
        daysBefore = daysBefore == null || daysBefore.isEmpty() ? List.of(30, 7) : List.copyOf(daysBefore);
    }
}
