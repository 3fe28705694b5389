package uk.councilprotocol.notifications;

import io.micronaut.runtime.Micronaut;

/** Reminder emails before things fall due, and escalation when they are overdue. */
public final class NotificationsApplication {
    private NotificationsApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(NotificationsApplication.class).banner(false).start();
    }
}
