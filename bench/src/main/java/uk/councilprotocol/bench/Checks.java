package uk.councilprotocol.bench;

import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.testkit.HttpCalls;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** What the benchmark and the fault suite both ask of the platform while they set up and wait. */
final class Checks {
    private Checks() {
    }

    static void expect(HttpCalls.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(what + " answered " + reply.status() + ": " + reply.body());
        }
    }

    /** A count read as the administrator, who sees every council's rows. */
    static long count(Platform platform, String query) {
        return read(platform, query, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /** The first column of every row, read as the administrator. */
    static List<String> strings(Platform platform, String query) {
        return read(platform, query, rs -> {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        });
    }

    /** Runs a statement that changes rows, as the administrator; how many it changed. */
    static int update(Platform platform, String statement) {
        try (Connection sql = DriverManager.getConnection(platform.postgres().jdbcUrl(Platform.DATABASE),
                platform.postgres().user(), platform.postgres().password());
             Statement run = sql.createStatement()) {
            return run.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run: " + statement, e);
        }
    }

    private interface Rows<T> {
        T from(ResultSet rs) throws SQLException;
    }

    private static <T> T read(Platform platform, String query, Rows<T> rows) {
        try (Connection sql = DriverManager.getConnection(platform.postgres().jdbcUrl(Platform.DATABASE),
                platform.postgres().user(), platform.postgres().password());
             Statement statement = sql.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            return rows.from(rs);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read: " + query, e);
        }
    }

    /**
     * Waits until {@code actual} reaches {@code expected}, asking every 50 ms or, when asking is slow (a count over a
     * large table), four times as long as it took: the bench's own queries keep to a fifth of a core, where counting
     * 200,000 processed events every 50 ms had taken two fifths of one from the platform it was measuring.
     */
    static void awaitAtLeast(long expected, LongSupplier actual, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            long asked = System.nanoTime();
            long now = actual.getAsLong();
            if (now >= expected) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException("waited " + limit + " for " + expected + ", have " + now);
            }
            Thread.sleep(Math.max(50, 4 * (System.nanoTime() - asked) / 1_000_000));
        }
    }
}
