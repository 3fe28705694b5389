package uk.councilprotocol.training.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compliance summary's counts, grouped where the rows are: one row per group comes back however large the
 * council, where reading every requirement into the service and counting there took seconds at 5,000 people
 * (bench/console.sh). A requirement's state is {@link ComplianceRow#stateOn}'s, written once more in SQL;
 * ComplianceTest holds the summary to the person-by-person figures.
 */
@Singleton
class ComplianceCounts {
    private static final String DONE = "r.completed_on IS NOT NULL AND (r.expires_on IS NULL OR r.expires_on > ?)";

    private final JdbcOperations jdbc;

    ComplianceCounts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Each group's people and how many of their requirements are done, due and overdue on {@code today}, by name. */
    @Transactional(readOnly = true)
    public Map<String, ComplianceQuery.Group> by(ComplianceQuery.Dimension dimension, @Nullable String courseCode, LocalDate today) {
        String group = switch (dimension) {
            case DEPARTMENT -> "coalesce(p.department, '" + ComplianceQuery.NONE + "')";
            case POLITICAL_GROUP -> "coalesce(p.political_group, '" + ComplianceQuery.NONE + "')";
            case KIND -> "p.kind";
            case ROLE -> "g.role";
        };
        String roles = dimension == ComplianceQuery.Dimension.ROLE
                ? " CROSS JOIN LATERAL unnest(CASE WHEN cardinality(p.roles) = 0 THEN ARRAY['" + ComplianceQuery.NONE
                + "'] ELSE p.roles END) AS g(role)" : "";
        String sql = "SELECT " + group + ", count(DISTINCT r.person_id), count(*), count(*) FILTER (WHERE " + DONE + "), "
                + "count(*) FILTER (WHERE NOT (" + DONE + ") AND r.status = 'OPEN' AND r.due_date >= ?) "
                + "FROM (" + ComplianceRepository.EVERYONE + (courseCode == null ? "" : " WHERE a.course_code = ?") + ") r "
                + "JOIN person p ON p.id = r.person_id" + roles + " GROUP BY 1";
        Map<String, ComplianceQuery.Group> groups = new TreeMap<>();
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement(sql)) {
            java.sql.Date day = java.sql.Date.valueOf(today);
            statement.setDate(1, day);
            statement.setDate(2, day);
            statement.setDate(3, day);
            if (courseCode != null) {
                statement.setString(4, courseCode);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    groups.put(rows.getString(1), group(rows, 1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count compliance by " + dimension, e);
        }
        return groups;
    }

    /** A group's name and counts from a result row: name, people, requirements, done, due, from {@code column} on. */
    private static ComplianceQuery.Group group(ResultSet rows, int column) throws SQLException {
        int required = rows.getInt(column + 2);
        int done = rows.getInt(column + 3);
        int due = rows.getInt(column + 4);
        return ComplianceQuery.Group.of(rows.getString(column), rows.getInt(column + 1), done, due, required - done - due);
    }

    /** GROUPING(department, political group, kind) of the set that groups by each: the others' bits are set. */
    private static final Map<ComplianceQuery.Dimension, Integer> GROUPING = Map.of(ComplianceQuery.Dimension.DEPARTMENT, 3,
            ComplianceQuery.Dimension.POLITICAL_GROUP, 5, ComplianceQuery.Dimension.KIND, 6);

    /**
     * Several summaries from one reading of the requirements (GROUPING SETS) — the compliance page's three — where
     * each on its own read them all again; by role, where a person counts once per role, on its own.
     */
    @Transactional(readOnly = true)
    public Map<ComplianceQuery.Dimension, Map<String, ComplianceQuery.Group>> byEach(List<ComplianceQuery.Dimension> dimensions,
                                                                                   @Nullable String courseCode, LocalDate today) {
        Map<ComplianceQuery.Dimension, Map<String, ComplianceQuery.Group>> summaries = new EnumMap<>(ComplianceQuery.Dimension.class);
        List<ComplianceQuery.Dimension> together = dimensions.stream().filter(GROUPING::containsKey).distinct().toList();
        if (dimensions.contains(ComplianceQuery.Dimension.ROLE)) {
            summaries.put(ComplianceQuery.Dimension.ROLE, by(ComplianceQuery.Dimension.ROLE, courseCode, today));
        }
        if (together.isEmpty()) {
            return summaries;
        }
        together.forEach(dimension -> summaries.put(dimension, new TreeMap<>()));
        // counted per person first (a person is in one group of each kind), so the sets count people without DISTINCT
        String sql = "SELECT GROUPING(dep, grp, knd), coalesce(dep, grp, knd), count(*), sum(required), sum(done), sum(due) FROM ("
                + "SELECT coalesce(p.department, '" + ComplianceQuery.NONE + "') AS dep, coalesce(p.political_group, '"
                + ComplianceQuery.NONE + "') AS grp, p.kind AS knd, count(*) AS required, count(*) FILTER (WHERE " + DONE + ") AS done, "
                + "count(*) FILTER (WHERE NOT (" + DONE + ") AND r.status = 'OPEN' AND r.due_date >= ?) AS due "
                + "FROM (" + ComplianceRepository.EVERYONE + (courseCode == null ? "" : " WHERE a.course_code = ?") + ") r "
                + "JOIN person p ON p.id = r.person_id GROUP BY p.id, 1, 2, 3) x GROUP BY GROUPING SETS ((dep), (grp), (knd))";
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement(sql)) {
            java.sql.Date day = java.sql.Date.valueOf(today);
            statement.setDate(1, day);
            statement.setDate(2, day);
            statement.setDate(3, day);
            if (courseCode != null) {
                statement.setString(4, courseCode);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int grouping = rows.getInt(1);
                    // all three sets are counted (GROUPING names all three columns); those not asked for are left out
                    for (ComplianceQuery.Dimension dimension : together) {
                        if (GROUPING.get(dimension) == grouping) {
                            summaries.get(dimension).put(rows.getString(2), group(rows, 2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count compliance by " + together, e);
        }
        return summaries;
    }

    /** One overdue requirement: whose, which course, and the date it fell overdue from. */
    record OverdueRow(String personId, String courseCode, LocalDate since) {
    }

    record OverduePage(List<OverdueRow> rows, int total) {
    }

    /**
     * One page of everyone overdue on {@code today} (the requirements neither done nor due), most overdue first and
     * then by name, and how many there are in all: the page is read, not the council.
     */
    @Transactional(readOnly = true)
    public OverduePage overdue(@Nullable String department, @Nullable String courseCode, LocalDate today, int offset, int size) {
        String since = "CASE WHEN r.expires_on IS NOT NULL AND r.expires_on < r.due_date THEN r.expires_on ELSE r.due_date END";
        String sql = "SELECT r.person_id, r.course_code, " + since + ", count(*) OVER () "
                + "FROM (" + ComplianceRepository.EVERYONE + ") r JOIN person p ON p.id = r.person_id "
                + "WHERE NOT (" + DONE + ") AND NOT (r.status = 'OPEN' AND r.due_date >= ?)"
                + (department == null ? "" : " AND lower(p.department) = lower(?)")
                + (courseCode == null ? "" : " AND r.course_code = ?")
                + " ORDER BY 3, p.full_name COLLATE \"C\", r.course_code LIMIT ? OFFSET ?";
        List<OverdueRow> rows = new ArrayList<>();
        int total = 0;
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement(sql)) {
            int n = 0;
            statement.setDate(++n, java.sql.Date.valueOf(today));
            statement.setDate(++n, java.sql.Date.valueOf(today));
            if (department != null) {
                statement.setString(++n, department);
            }
            if (courseCode != null) {
                statement.setString(++n, courseCode);
            }
            statement.setInt(++n, size);
            statement.setInt(++n, offset);
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    rows.add(new OverdueRow(found.getString(1), found.getString(2), found.getDate(3).toLocalDate()));
                    total = found.getInt(4);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the overdue", e);
        }
        // a page past the end has no rows to carry the total: count it on its own
        return rows.isEmpty() && offset > 0 ? new OverduePage(rows, overdue(department, courseCode, today, 0, 1).total())
                : new OverduePage(rows, total);
    }
}
