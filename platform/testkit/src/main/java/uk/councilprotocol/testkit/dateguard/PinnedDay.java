package uk.councilprotocol.testkit.dateguard;

import uk.councilprotocol.platform.time.ClockStart;

/**
 * Pins every clock a test starts to one instant ({@link ClockStart#PROPERTY}, read by each application context as it
 * starts) for the length of a date-guard suite. Each day's classes get scopes of their own (a fresh database and
 * topics), so a class run again on the next day starts from nothing.
 */
final class PinnedDay {
    private PinnedDay() {
    }

    static void pin(String instant) {
        System.setProperty(ClockStart.PROPERTY, instant);
    }

    static void unpin() {
        System.clearProperty(ClockStart.PROPERTY);
    }
}
