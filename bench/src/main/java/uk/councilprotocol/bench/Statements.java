package uk.councilprotocol.bench;

import uk.councilprotocol.deploy.Platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code --statements}: which SQL a scenario's work costs, from PostgreSQL's {@code pg_stat_statements} — each
 * statement's calls and time per unit of work (a completion, a person imported), the most expensive first.
 * The counts are reset as the scenario begins, so every statement of every service it caused is in its table.
 */
final class Statements {
    private static final int SHOWN = 30;

    private final Platform platform;
    private final Path directory;

    Statements(Platform platform, Path directory) {
        this.platform = platform;
        this.directory = directory;
    }

    void reset() {
        run(sql -> {
            sql.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            sql.execute("SELECT pg_stat_statements_reset()");
            return null;
        });
    }

    /** Prints the table and writes it to {@code statements-<scenario>.txt}; {@code units} is how much work was done. */
    void report(String scenario, long units, String unit) throws IOException {
        String table = run(sql -> {
            StringBuilder out = new StringBuilder(String.format("%nStatements of %s, per %s (%,d %ss):%n%10s %10s %10s  %s%n",
                    scenario, unit, units, unit, "calls", "µs", "µs each", "statement"));
            double total = 0;
            try (ResultSet rs = sql.executeQuery("SELECT calls, total_exec_time, query FROM pg_stat_statements "
                    + "WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC")) {
                int shown = 0;
                while (rs.next()) {
                    double millis = rs.getDouble(2);
                    total += millis;
                    if (shown++ < SHOWN) {
                        out.append(String.format("%10.2f %10.1f %10.1f  %s%n", rs.getLong(1) / (double) units,
                                millis * 1000 / units, millis * 1000 / Math.max(1, rs.getLong(1)),
                                rs.getString(3).replaceAll("\\s+", " ").substring(0, Math.min(160, rs.getString(3).length()))));
                    }
                }
            }
            try (ResultSet rs = sql.executeQuery("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements "
                    + "WHERE query NOT LIKE '%pg_stat_statements%'")) {
                rs.next();
                out.append(String.format("%10.2f %10.1f %10s  every statement%n", rs.getLong(1) / (double) units,
                        total * 1000 / units, ""));
            }
            return out.toString();
        });
        System.out.print(table);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("statements-" + scenario + ".txt"), table);
    }

    private interface Work<T> {
        T with(Statement sql) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection connection = DriverManager.getConnection(platform.postgres().jdbcUrl(Platform.DATABASE),
                platform.postgres().user(), platform.postgres().password());
             Statement sql = connection.createStatement()) {
            return work.with(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements: " + e.getMessage(), e);
        }
    }
}
