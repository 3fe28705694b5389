package uk.councilprotocol.notifications.plans;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/**
 * Serialises "who answers for this action" between the two consumers that decide it: the plans consumer (an action
 * arrives) and the roster consumer (a post holder arrives). Each writes its own row first, then takes this
 * transaction-scoped lock, so whichever runs second sees what the first committed — without it, an action and its
 * owner arriving at the same moment could each miss the other and nobody would be reminded.
 */
@Singleton
class RecipientLock {
    private static final long KEY = 7_265_010L;

    private final JdbcOperations jdbc;

    RecipientLock(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void hold() {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(" + KEY + ")", statement -> {
            statement.executeQuery().close();
            return null;
        });
    }
}
