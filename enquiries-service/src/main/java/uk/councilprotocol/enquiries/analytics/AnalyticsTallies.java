package uk.councilprotocol.enquiries.analytics;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import io.micronaut.core.annotation.Nullable;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The analytics' groups counted where the enquiries are, for the council the connection names. Reading every
 * enquiry into the service per view took 0.9 s at 20,000 (bench/console.sh); here one row per group comes back.
 * Working days taken are weekdays after the day the count starts up to the day of the answer, less the council's
 * bank holidays among them (passed in from its calendar) — {@code ResponseDeadlines.workingDaysBetween} in SQL,
 * which EnquiryAnalyticsTest holds it to across Christmas.
 */
@Singleton
class AnalyticsTallies {
    /** A Monday long ago, so that a date's weekdays since then are (days / 7) * 5 + the rest up to five. */
    private static final String MONDAY = "DATE '1900-01-01'";

    private final JdbcOperations jdbc;

    AnalyticsTallies(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which enquiries count: those received in the period (either end open when null, both ends included, by the
     * council's calendar days), and only those assigned to one of {@code departments} when it is not null (a
     * department's own figures: the department groups are then its own alone).
     */
    public record Scope(@Nullable Instant receivedFrom, @Nullable Instant receivedBefore, @Nullable List<String> departments) {
    }

    /**
     * Each group's figures, ordered by name.
     * @param closedWeekdays the council's bank holidays on weekdays between two dates, inclusive
     */
    @Transactional(readOnly = true)
    public List<EnquiryAnalytics.Group> by(EnquiryAnalytics.Dimension dimension, Scope scope, Instant now, ZoneId zone,
                                           BiFunction<LocalDate, LocalDate, List<LocalDate>> closedWeekdays) {
        Connection connection = jdbc.getConnection();
        try {
            List<LocalDate> closed = answeredSpan(connection, zone)
                    .map(span -> closedWeekdays.apply(span.getKey(), span.getValue())).orElse(List.of());
            List<Object> parameters = new ArrayList<>();
            String sql = sql(dimension, scope, parameters, connection.createArrayOf("date",
                    closed.stream().map(java.sql.Date::valueOf).toArray()), zone, now);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                Map<String, EnquiryAnalytics.Group> groups = new TreeMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String name = rows.getString(1);
                        groups.put(name, EnquiryAnalytics.Group.of(name, rows.getInt(2), rows.getInt(3), rows.getInt(4),
                                rows.getInt(5), rows.getDouble(6), rows.getDouble(7), rows.getInt(8), rows.getInt(9)));
                    }
                }
                return List.copyOf(groups.values());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count enquiries by " + dimension, e);
        }
    }

    /** The first day a count started and the last day an answer was given, when any enquiry has been answered. */
    private static Optional<Map.Entry<LocalDate, LocalDate>> answeredSpan(Connection connection, ZoneId zone)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT min(counts_from), "
                + "max((responded_at AT TIME ZONE ?)::date) FROM enquiry WHERE status = 'RESPONDED' AND responded_at IS NOT NULL")) {
            statement.setString(1, zone.getId());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                java.sql.Date first = row.getDate(1);
                java.sql.Date last = row.getDate(2);
                return first == null || last == null ? Optional.empty()
                        : Optional.of(Map.entry(first.toLocalDate(), last.toLocalDate()));
            }
        }
    }

    /** The query, its parameters added to {@code parameters} in the order they stand in it. */
    private static String sql(EnquiryAnalytics.Dimension dimension, Scope scope, List<Object> parameters, Array closed,
                              ZoneId zone, Instant now) {
        String group = switch (dimension) {
            case DEPARTMENT -> "coalesce(a.department, '(unassigned)')";
            case CATEGORY -> "e.category";
            case WARD -> "coalesce(e.ward, '(none)')";
            case COUNCILLOR -> "coalesce(c.full_name, e.councillor_id)";
            case MONTH -> "e.month";
        };
        parameters.add(closed);
        parameters.add(zone.getId());
        parameters.add(zone.getId());
        StringBuilder counted = new StringBuilder("e.status <> 'RECLASSIFIED'");
        if (scope.receivedFrom() != null) {
            counted.append(" AND e.received_at >= ?");
            parameters.add(Timestamp.from(scope.receivedFrom()));
        }
        if (scope.receivedBefore() != null) {
            counted.append(" AND e.received_at < ?");
            parameters.add(Timestamp.from(scope.receivedBefore()));
        }
        if (scope.departments() != null) {
            counted.append(" AND EXISTS (SELECT 1 FROM enquiry_assignment v WHERE v.enquiry_id = e.id AND ")
                    .append(departmentCode("v.department")).append(" = ANY(?))");
            parameters.add(scope.departments().toArray(String[]::new));
        }
        parameters.add(Timestamp.from(now));
        String join = switch (dimension) {
            case DEPARTMENT -> " LEFT JOIN enquiry_assignment a ON a.enquiry_id = e.id"
                    + (scope.departments() == null ? "" : " AND " + departmentCode("a.department") + " = ANY(?)");
            case COUNCILLOR -> " LEFT JOIN councillor c ON c.person_id = e.councillor_id";
            default -> "";
        };
        if (dimension == EnquiryAnalytics.Dimension.DEPARTMENT && scope.departments() != null) {
            parameters.add(scope.departments().toArray(String[]::new));
        }
        return """
                WITH closed AS (SELECT unnest(?::date[]) AS day),
                held AS (SELECT DISTINCT enquiry_id FROM deadline_change WHERE kind = 'HOLDING_REPLY'),
                counted AS (
                    SELECT e.*, CASE WHEN e.status = 'RESPONDED' AND e.responded_at IS NOT NULL
                                     THEN (e.responded_at AT TIME ZONE ?)::date END AS answered_on,
                           to_char(e.received_at AT TIME ZONE ?, 'YYYY-MM') AS month
                    FROM enquiry e WHERE %s)
                SELECT %s, count(*), count(e.answered_on),
                       count(*) FILTER (WHERE e.answered_on <= e.original_due_date),
                       count(*) FILTER (WHERE e.answered_on IS NOT NULL AND e.responded_at <= e.due_at),
                       percentile_disc(0.5) WITHIN GROUP (ORDER BY w.days),
                       percentile_disc(0.9) WITHIN GROUP (ORDER BY w.days),
                       count(h.enquiry_id),
                       count(*) FILTER (WHERE e.status = 'OPEN' AND e.due_at < ?)
                FROM counted e
                LEFT JOIN held h ON h.enquiry_id = e.id
                CROSS JOIN LATERAL (SELECT CASE WHEN e.answered_on IS NOT NULL
                    THEN greatest(0, %s - %s) - (SELECT count(*) FROM closed WHERE day > e.counts_from AND day <= e.answered_on)
                    END AS days) w%s
                GROUP BY 1
                """.formatted(counted, group, weekdaysUpTo("e.answered_on"), weekdaysUpTo("e.counts_from"), join);
    }

    /** A department's name as its code ("Environment and Place" → environment-and-place), as {@code Caller.departmentCode} makes it. */
    private static String departmentCode(String column) {
        return "trim(both '-' from regexp_replace(lower(trim(" + column + ")), '[^a-z0-9]+', '-', 'g'))";
    }

    /** Weekdays from {@link #MONDAY} up to and including a day. */
    private static String weekdaysUpTo(String day) {
        String days = "(" + day + " - " + MONDAY + " + 1)";
        return "(5 * (" + days + " / 7) + least(" + days + " % 7, 5))";
    }
}
