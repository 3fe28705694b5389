package uk.councilprotocol.platform.tenancy;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.data.connection.ConnectionStatus;
import io.micronaut.data.connection.ConnectionSynchronization;
import io.micronaut.data.connection.support.AbstractConnectionOperations;
import io.micronaut.data.connection.support.ConnectionCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.platform.errors.DatabaseUnavailableException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * Sets {@code app.council} on every connection Micronaut Data opens, from the current council, and clears it as the
 * connection goes back to the pool. The tables' row-level security policies compare each row's council with it, so a
 * query sees only the current council's rows and an insert for another council fails — whatever the Java code's
 * {@code WHERE} clauses say. A connection used without it sees nothing.
 * <p>
 * The clearing comes last, once Micronaut has restored the connection's settings after a transaction (its
 * auto-commit): a connection the database ends just then fails nothing — the work has committed, and the pool discards
 * the connection — and the clearing runs in auto-commit, not in a transaction of its own that the restoring would then
 * have to commit (a round trip more for each transaction). A connection found ended at its first statement
 * (PostgreSQL restarted) has the pool renewed ({@link PoolRenewal}).
 */
@EachBean(DataSource.class)
@Context
final class CouncilConnections implements ConnectionCustomizer<Connection> {
    private static final Logger LOG = LoggerFactory.getLogger(CouncilConnections.class);

    private final Councils councils;
    private final PoolRenewal renewal;

    CouncilConnections(@Parameter AbstractConnectionOperations<Connection> connections, @Parameter DataSource dataSource,
                       Councils councils) {
        this.councils = councils;
        this.renewal = new PoolRenewal(dataSource);
        connections.addConnectionCustomizer(this);
    }

    @Override
    public <R> Function<ConnectionStatus<Connection>, R> intercept(Function<ConnectionStatus<Connection>, R> operation) {
        return status -> {
            if (!status.isNew()) {
                return operation.apply(status);   // joined an open connection: already set for its council
            }
            try {
                CouncilSwitch.to(status.getConnection(), councils.current());
            } catch (DatabaseUnavailableException ended) {
                renewal.renew();
                throw ended;
            }
            Connection connection = status.getConnection();
            status.registerSynchronization(new ConnectionSynchronization() {
                @Override
                public void beforeClosed() {
                    clear(connection);
                }
            });
            return operation.apply(status);
        };
    }

    private static void clear(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT leave_council()")) {
            statement.execute();
        } catch (SQLException e) {
            // a broken connection is discarded by the pool; one that cannot reset is no danger to the next user,
            // who sets the council again before any query
            LOG.debug("Could not give back the connection's council: {}", e.toString());
        }
    }
}
