package uk.councilprotocol.platform.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * A pooled connection found ended means PostgreSQL has most likely ended the others too (a restart, a failover). The
 * pool checks a connection before lending it only once it has lain idle half a second (HikariCP's alive bypass), so
 * under load each ended connection would otherwise be lent once more and refuse one more call: the pool is renewed
 * instead — the idle connections closed now, those in use as they come back — and the calls after get new ones.
 */
final class PoolRenewal {
    private static final Logger LOG = LoggerFactory.getLogger(PoolRenewal.class);

    private final DataSource dataSource;

    PoolRenewal(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void renew() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                    LOG.info("A pooled database connection was found ended; the pool's connections are being renewed");
                }
            }
        } catch (SQLException e) {
            LOG.debug("Could not renew the pool: {}", e.toString());
        }
    }
}
