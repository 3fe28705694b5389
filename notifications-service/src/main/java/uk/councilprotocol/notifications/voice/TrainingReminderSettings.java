package uk.councilprotocol.notifications.voice;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * {@code notifications.training.days-before}: reminders this many days before the due date (default 30, 7, 1);
 * {@code overdue-after-days}: the overdue reminder, with the line manager copied, this many days after it.
 */
@ConfigurationProperties("notifications.training")
public record TrainingReminderSettings(@Nullable List<Integer> daysBefore, @Nullable Integer overdueAfterDays) {

    public TrainingReminderSettings {
        daysBefore = daysBefore == null || daysBefore.isEmpty() ? List.of(30, 7, 1) : List.copyOf(daysBefore);
        overdueAfterDays = overdueAfterDays == null ? 1 : overdueAfterDays;
    }
}
