package uk.councilprotocol.platform.errors;

import java.sql.SQLException;
import java.util.Set;

/**
 * The database refused a change because another, made at the same moment, got there first: a unique index saw the
 * same thing inserted twice (two requests for more time on one assignment sent together, each checked before the
 * other was written), or two transactions waited for each other. Nothing of the refused one was written, and trying
 * again meets the other's change: the caller is told so (HTTP 409, gRPC {@code ABORTED}), never given a server error.
 */
public final class ConcurrentChange {
    /** unique_violation, serialization_failure, deadlock_detected. */
    private static final Set<String> STATES = Set.of("23505", "40001", "40P01");

    public static final String MESSAGE = "another change to the same record was made at the same moment, so nothing was "
            + "changed; try again";

    private ConcurrentChange() {
    }

    public static boolean refusedByTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // a driver or pool's own exception may carry no state (HikariCP's wait for a connection): not this
            if (cause instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
