package uk.councilprotocol.platform.tenancy;

import uk.councilprotocol.platform.errors.DatabaseUnavailable;
import uk.councilprotocol.platform.errors.DatabaseUnavailableException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Names a council on a connection through {@code open_council}, which refuses a closed council (SQLSTATE CP001):
 * the database's word holds on every replica. {@link CouncilConnections} does it for every connection it opens; a
 * writer that keeps several councils' rows in one transaction (the audit log's) does it again before each council's.
 * The connection's {@code leave_council} at release gives back every council it was named for.
 */
public final class CouncilSwitch {
    private static final String CLOSED_COUNCIL = "CP001";

    private CouncilSwitch() {
    }

    public static void to(Connection connection, String council) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT open_council(?)")) {
            statement.setString(1, council);
            statement.execute();
        } catch (SQLException e) {
            if (CLOSED_COUNCIL.equals(e.getSQLState())) {
                throw UnknownCouncilException.closed(council);
            }
            if (DatabaseUnavailable.in(e)) {
                // a pooled connection PostgreSQL ended (a restart), or none to be had: the caller may try again
                throw new DatabaseUnavailableException(e);
            }
            throw new IllegalStateException("could not set the council on a database connection", e);
        }
    }
}
