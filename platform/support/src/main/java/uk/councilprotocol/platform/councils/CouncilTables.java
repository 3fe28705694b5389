package uk.councilprotocol.platform.councils;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import uk.councilprotocol.platform.councils.Erasure.TableErased;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Every table of this service that holds councils' rows (each has a {@code council} column; {@code council_closure},
 * about councils rather than of one, aside), found in the catalogue rather than listed, so a table added tomorrow
 * is exported and erased with the rest. Each method runs for the council whose scope is open, and each table is
 * read with an explicit {@code council =} as well as its policy (the outbox has none).
 */
@Singleton
class CouncilTables {
    /** The relay's plumbing: events already sent or about to be, not a record the council keeps. */
    private static final Set<String> NOT_EXPORTED = Set.of("outbox_event");
    private static final String THIS_COUNCIL = " WHERE council = current_setting('app.council', true)";

    private final JdbcOperations jdbc;

    CouncilTables(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW, readOnly = true)
    public long rows() {
        long rows = 0;
        for (String table : tables(jdbc.getConnection())) {
            rows += count(jdbc.getConnection(), table);
        }
        return rows;
    }

    /** One zip entry per table, all read from one snapshot, as CSV with a header row (PostgreSQL's COPY writes it). */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public void export(OutputStream out) {
        Connection connection = jdbc.getConnection();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables(connection)) {
                if (NOT_EXPORTED.contains(table)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(table + ".csv"));
                copy.copyOut("COPY (SELECT * FROM " + quoted(table) + THIS_COUNCIL + " ORDER BY 1) "
                        + "TO STDOUT WITH (FORMAT csv, HEADER)", new FilterOutputStream(zip) {
                            @Override
                            public void close() {
                                // the entry ends here, not the zip
                            }
                        });
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not export the council's " + e.getMessage(), e);
        }
    }

    /**
     * Deletes every row of the council in every table, children before the tables they refer to, and records the
     * closure, in one transaction: all of it or none. It first waits for the council's work in flight to end, and
     * holds new work off until it commits ({@code lock_council_for_erasure}); the audit log lets the delete through
     * because the transaction names the council it erases ({@code app.erasing}).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public List<TableErased> erase(String council, LongConsumer recordClosure) {
        Connection connection = jdbc.getConnection();
        try {
            if (!council.equals(setting(connection))) {   // a connection of another council must never run this
                throw new IllegalStateException("the erasure of " + council + " opened a connection of " + setting(connection));
            }
            execute(connection, "SET LOCAL lock_timeout = '30s'");
            execute(connection, "SELECT lock_council_for_erasure(?)", council);
            execute(connection, "SELECT set_config('app.erasing', ?, true)", council);
            List<TableErased> erased = new ArrayList<>();
            for (String table : childrenFirst(connection, tables(connection))) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + quoted(table) + " WHERE council = ?")) {
                    delete.setString(1, council);
                    erased.add(new TableErased(table, delete.executeUpdate()));
                }
            }
            recordClosure.accept(erased.stream().mapToLong(TableErased::rows).sum());
            return erased;
        } catch (SQLException e) {
            throw new IllegalStateException("could not erase council " + council + ": " + e.getMessage(), e);
        }
    }

    private static List<String> tables(Connection connection) {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND c.column_name = 'council' AND t.table_type = 'BASE TABLE'
                  AND c.table_name <> 'council_closure'
                ORDER BY c.table_name""");
             ResultSet rows = query.executeQuery()) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the council tables", e);
        }
    }

    /** The tables in an order that deletes every row referring to another table's before that table's own. */
    private static List<String> childrenFirst(Connection connection, List<String> tables) throws SQLException {
        Map<String, Set<String>> referredBy = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT child.relname, parent.relname FROM pg_constraint k
                JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                JOIN pg_namespace n ON n.oid = child.relnamespace
                WHERE k.contype = 'f' AND n.nspname = current_schema() AND k.conrelid <> k.confrelid""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                referredBy.computeIfAbsent(rows.getString(2), t -> new HashSet<>()).add(rows.getString(1));
            }
        }
        LinkedHashSet<String> order = new LinkedHashSet<>();
        tables.forEach(table -> visit(table, referredBy, order, new HashSet<>()));
        return List.copyOf(order);
    }

    private static void visit(String table, Map<String, Set<String>> referredBy, Set<String> order, Set<String> path) {
        if (order.contains(table) || !path.add(table)) {
            return;
        }
        referredBy.getOrDefault(table, Set.of()).forEach(child -> visit(child, referredBy, order, path));
        order.add(table);
    }

    private static String setting(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT current_setting('app.council', true)");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long count(Connection connection, String table) {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM " + quoted(table) + THIS_COUNCIL);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count " + table, e);
        }
    }

    private static void execute(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }

    private static String quoted(String table) {
        return '"' + table.replace("\"", "\"\"") + '"';
    }
}
