package uk.councilprotocol.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A service's tables as the administrator reads them, for tests that prove what changed and what did not. */
final class SchemaTables {
    private SchemaTables() {
    }

    /** The schema's tables, or only those with a council column ({@code council_closure}, about councils, aside). */
    static List<String> of(Connection connection, String schema, boolean withCouncilOnly) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement("SELECT t.table_name FROM information_schema.tables t "
                + "WHERE t.table_schema = ? AND t.table_type = 'BASE TABLE' AND t.table_name NOT IN ('flyway_schema_history', 'council_closure') "
                + "AND (NOT ? OR EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = t.table_schema "
                + "AND c.table_name = t.table_name AND c.column_name = 'council')) ORDER BY 1")) {
            find.setString(1, schema);
            find.setBoolean(2, withCouncilOnly);
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    /**
     * Each table → its row count and a checksum of its rows (one council's only, when {@code council} is given):
     * a change anywhere shows as the table whose checksum moved.
     */
    static Map<String, String> checksums(Connection connection, String schema, List<String> tables, String council,
                                         Set<String> leftOut) throws SQLException {
        Map<String, String> checksums = new TreeMap<>();
        for (String table : tables) {
            if (leftOut.contains(table)) {
                continue;
            }
            try (PreparedStatement sum = connection.prepareStatement("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                    + "ORDER BY t::text)), '') FROM " + schema + "." + table + " t" + (council == null ? "" : " WHERE t.council = ?"))) {
                if (council != null) {
                    sum.setString(1, council);
                }
                try (ResultSet rs = sum.executeQuery()) {
                    rs.next();
                    checksums.put(table, rs.getString(1));
                }
            }
        }
        return checksums;
    }
}
