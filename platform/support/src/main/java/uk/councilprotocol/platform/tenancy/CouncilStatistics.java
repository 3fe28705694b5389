package uk.councilprotocol.platform.tenancy;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps PostgreSQL's statistics aware of a council whose rows a service has just written in bulk (a roster, the
 * reminders planned from it). The planner reads the council a query is for from {@code app.council} and looks it up
 * in the {@code council} column's statistics; a council that joined after the table's last {@code ANALYZE} is not
 * there, while the councils that are account for every row, so it is reckoned to have none — and a lookup by key
 * then walks whichever index on {@code council} is smallest over all of the council's rows (a person by id through
 * the line-manager index: 260 rows for one; a completion's reminders through the person index: 2,500). Autovacuum
 * would look again only once a tenth of the table has changed, which a council joining a large deployment never
 * makes. So after such a write the planner is asked how many of the table's rows it reckons the council has (the
 * statistics themselves are hidden from a role that row-level security applies to), and if it is under a tenth of
 * what was just written the table is analysed: once for a new council, at most once in ten minutes a table and
 * council should the statistics still leave it out. A write of fewer than a hundred rows is not asked about: a
 * council arrives in bulk, and the question costs a plan.
 */
@Singleton
public class CouncilStatistics {
    private static final Duration AGAIN_AFTER = Duration.ofMinutes(10);
    private static final int BULK = 100;
    private static final Pattern TABLE = Pattern.compile("[a-z_]+");
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\": ([0-9.]+)");

    private final Map<String, Long> analysedAt = new ConcurrentHashMap<>();
    private final Councils councils;

    public CouncilStatistics(Councils councils) {
        this.councils = councils;
    }

    /** On the connection of the transaction that wrote the council's rows (ANALYZE counts them, uncommitted). */
    public void keepCurrent(Connection connection, String table, int rowsWritten) {
        checkName(table);
        if (rowsWritten < BULK) {
            return;
        }
        try {
            if (reckoned(connection, table) >= rowsWritten / 10.0) {
                return;
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not ask the planner about " + table, e);
        }
        String key = table + "/" + councils.current();
        Long last = analysedAt.get(key);
        long now = System.nanoTime();   // an interval, not a date
        if (last == null || now - last >= AGAIN_AFTER.toNanos()) {
            analysedAt.put(key, now);
            analyse(connection, table);
        }
    }

    /**
     * After a write to a small table that every call reads by key (a council's courses, its rules): a handful of rows
     * a council, too few for the question above, but fifty councils' handfuls added since the table's last ANALYZE
     * leave the planner reckoning it the page it was, so each call scans every council's rows (the council policy
     * evaluated on each) instead of reading one key: 54 and 97 µs a completion, against 8, in the bench's fifty
     * councils. Autovacuum catches up a minute or more later; this analyses the table as soon as it has outgrown its
     * statistics by a tenth and a page: a few milliseconds, a few times as councils join.
     */
    public void keepSmallTableCurrent(Connection connection, String table) {
        checkName(table);
        try (PreparedStatement outgrown = connection.prepareStatement("SELECT pg_relation_size(oid) / current_setting('block_size')::int"
                + " > relpages + greatest(1, relpages / 10) FROM pg_class WHERE oid = ?::regclass")) {
            outgrown.setString(1, table);
            try (ResultSet result = outgrown.executeQuery()) {
                if (result.next() && result.getBoolean(1)) {
                    analyse(connection, table);
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not compare " + table + " with its statistics", e);
        }
    }

    /**
     * Every column, though the council's is the one wanted: {@code ANALYZE t (council)} costs a quarter to a half as much
     * (person 38 against 161-200 ms on a copy of the bench's database), but on a deployment whose tables had never been
     * analysed in full the other columns then have no statistics at all, and the next large roster's assignments were
     * planned badly in their foreign-key checks: 2.1 s a thousand against 0.05 s (tried twice, on 7 December).
     */
    private static void analyse(Connection connection, String table) {
        try (Statement analyse = connection.createStatement()) {
            analyse.execute("ANALYZE " + table);
        } catch (SQLException e) {
            throw new DataAccessException("could not bring the statistics of " + table + " up to date", e);
        }
    }

    private static void checkName(String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
    }

    /** How many of the table's rows the planner reckons the council in scope has (row-level security adds it). */
    private static double reckoned(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("EXPLAIN (FORMAT JSON) SELECT 1 FROM " + table)) {
            result.next();
            Matcher rows = PLAN_ROWS.matcher(result.getString(1));
            return rows.find() ? Double.parseDouble(rows.group(1)) : Double.MAX_VALUE;
        }
    }
}
