package uk.councilprotocol.testkit.dateguard;

/**
 * Pins every clock a test starts to one instant ({@code platform.clock.start}, read by each application context as it
 * starts) for the length of a date-guard suite. Each day's classes get scopes of their own (a fresh database and
 * topics), so a class run again on the next day starts from nothing.
 */
final class PinnedDay {
    private static final String PROPERTY = "platform.clock.start";

    private PinnedDay() {
    }

    static void pin(String instant) {
        System.setProperty(PROPERTY, instant);
    }

    static void unpin() {
        System.clearProperty(PROPERTY);
    }
}
