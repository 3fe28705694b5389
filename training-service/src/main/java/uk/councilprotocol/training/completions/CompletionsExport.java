package uk.councilprotocol.training.completions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.Transactional;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.tables.TableFiles;
import uk.councilprotocol.training.roster.PersonAccess;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Completions as a table to download, CSV or Excel, for HR's returns and a department's own records: filtered by
 * when they were completed, the course and the department; withdrawn ones only when asked for (marked so). HR, the
 * administrator and the Monitoring Officer get everyone's; a department its own people's. Rows are read from the
 * database as they are written, so a large council's file never sits in memory.
 */
@Singleton
public class CompletionsExport {
    static final List<String> HEADER = List.of("person_id", "full_name", "department", "kind", "course_code", "course_title",
            "completed_on", "expires_on", "provider", "evidence_reference", "recorded_at", "withdrawn");
    private static final int FETCH = 1_000;

    public enum Format {
        CSV(TableFiles.CSV), XLSX(TableFiles.XLSX);

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String fileName() {
            return "completions." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which completions: any bound left empty is open. */
    public record Filter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String courseCode,
                         @Nullable String department, boolean includeWithdrawn) {

        /** From what a person or a system typed, each wrong value named. */
        public static Filter of(@Nullable String from, @Nullable String to, @Nullable String courseCode,
                                @Nullable String department, boolean includeWithdrawn) {
            Validation check = Validation.start();
            LocalDate since = check.date("from", from, false);
            LocalDate until = check.date("to", to, false);
            if (since != null && until != null && until.isBefore(since)) {
                check.reject("to", "must not be before from");
            }
            check.throwIfInvalid();
            return new Filter(since, until, Validation.optional(courseCode), Validation.optional(department), includeWithdrawn);
        }
    }

    public static Format format(@Nullable String name) {
        String wanted = name == null || name.isBlank() ? "csv" : name.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "csv" -> Format.CSV;
            case "xlsx" -> Format.XLSX;
            default -> {
                Validation.start().reject("format", "must be csv or xlsx").throwIfInvalid();
                yield Format.CSV;
            }
        };
    }

    private final JdbcOperations jdbc;

    public CompletionsExport(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses before anything is written if the caller may see no one's completions. */
    public void requireAccess(Caller caller) {
        if (!PersonAccess.seesEveryone(caller) && caller.departments().isEmpty()) {
            throw new ForbiddenException("completions are exported for HR, the Monitoring Officer or a department");
        }
    }

    @Transactional(readOnly = true)
    public void write(Filter filter, Format format, Caller caller, OutputStream out) throws IOException {
        requireAccess(caller);
        TableFiles.Rows rows = row -> {
            row.accept(HEADER);
            read(filter, caller, row);
        };
        if (format == Format.XLSX) {
            TableFiles.xlsx("Completions", rows, out);
        } else {
            TableFiles.csv(rows, out);
        }
    }

    private void read(Filter filter, Caller caller, Consumer<List<String>> row) {
        StringBuilder sql = new StringBuilder("SELECT c.person_id, p.full_name, coalesce(p.department, ''), p.kind, c.course_code, "
                + "co.title, c.completed_on, c.expires_on, c.provider, c.evidence_reference, c.recorded_at, c.withdrawn "
                + "FROM completion c JOIN person p ON p.id = c.person_id JOIN course co ON co.code = c.course_code WHERE true");
        List<Object> values = new ArrayList<>();
        if (!filter.includeWithdrawn()) {
            sql.append(" AND NOT c.withdrawn");
        }
        if (filter.from() != null) {
            sql.append(" AND c.completed_on >= ?");
            values.add(java.sql.Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND c.completed_on <= ?");
            values.add(java.sql.Date.valueOf(filter.to()));
        }
        if (filter.courseCode() != null) {
            sql.append(" AND c.course_code = ?");
            values.add(filter.courseCode());
        }
        if (filter.department() != null) {
            sql.append(" AND lower(p.department) = lower(?)");
            values.add(filter.department());
        }
        sql.append(" ORDER BY c.completed_on, p.full_name, c.course_code");
        boolean everyone = PersonAccess.seesEveryone(caller);
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement(sql.toString())) {
            statement.setFetchSize(FETCH);   // inside the transaction: a cursor, a thousand rows at a time
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    if (everyone || caller.actsFor(found.getString(3))) {
                        row.accept(List.of(found.getString(1), found.getString(2), found.getString(3), found.getString(4),
                                found.getString(5), found.getString(6), found.getString(7), orEmpty(found.getString(8)),
                                found.getString(9), found.getString(10), found.getTimestamp(11).toInstant().toString(),
                                found.getBoolean(12) ? "yes" : "no"));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the completions to export", e);
        }
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
