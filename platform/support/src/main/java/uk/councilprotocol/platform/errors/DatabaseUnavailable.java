package uk.councilprotocol.platform.errors;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * The service could not reach its database: PostgreSQL stopped or restarting (its connections ended by an
 * administrator's command or a crash), unreachable, or every pooled connection busy past the pool's wait. The request
 * is not at fault and trying again shortly will likely work, so the caller is told so (HTTP 503 with
 * {@code Retry-After}, gRPC {@code UNAVAILABLE}, which clients retry) rather than given an internal error.
 */
public final class DatabaseUnavailable {
    public static final String MESSAGE = "The service cannot reach its database just now; try again in a few seconds.";
    /** Seconds a caller is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** admin_shutdown, crash_shutdown, cannot_connect_now (class 08, connection_exception, is matched whole). */
    private static final Set<String> SHUTDOWN = Set.of("57P01", "57P02", "57P03");

    /**
     * What HikariCP's proxy answers (no SQL state) once the pool has closed a connection the database ended: the
     * connection's later use, such as Micronaut resetting it from read-only as the work ends, then fails with this
     * and hides the database's own word.
     */
    private static final String POOL_CLOSED_IT = "Connection is closed";

    private DatabaseUnavailable() {
    }

    public static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // HikariCP's wait; PgJDBC's refused connection is its own 08001 (a ConnectException alone may be another part's)
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() == null ? POOL_CLOSED_IT.equals(sql.getMessage())
                    : sql.getSQLState().startsWith("08") || SHUTDOWN.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, for the one-line log entry a refusal gets: the stack would say nothing new. */
    public static String innermost(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }
}
