package uk.councilprotocol.training.roster;

import uk.councilprotocol.platform.errors.FieldViolation;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.training.uploads.CsvUpload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a roster CSV (columns documented in the README, recognised by header name in any order) and
 * checks every row. All problems are reported together, each with its line number and column.
 */
final class RosterCsv {
    static final List<String> REQUIRED = List.of("id", "full_name", "email", "kind", "start_date");
    static final List<String> OPTIONAL = List.of("roles", "department", "political_group", "ward", "job_title", "line_manager_id", "active");
    static final int MAX_ROWS = 50_000;
    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
    private static final Pattern ROLE = Pattern.compile("^[a-z0-9][a-z0-9-]*$");

    private static final CsvUpload UPLOAD = new CsvUpload("roster", "people", REQUIRED, OPTIONAL, MAX_ROWS);

    private RosterCsv() {
    }

    static List<RosterRow> parse(String csv) {
        List<FieldViolation> violations = new ArrayList<>();
        List<RosterRow> rows = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        // Only the checked rows are kept: a line's cells are let go as soon as it is read.
        UPLOAD.forEachLine(csv, line -> {
            Validation check = Validation.forRow(line.number()).including(line.problems());
            RosterRow row = readRow(line.cells(), line.number(), check);
            if (row != null) {
                Integer earlier = seenIds.putIfAbsent(row.id(), line.number());
                if (earlier != null) {
                    check.reject("id", "'" + row.id() + "' already appears on line " + earlier);
                }
            }
            if (check.ok()) {
                rows.add(row);
            } else {
                violations.addAll(check.violations());
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return rows;
    }

    private static RosterRow readRow(Map<String, String> cells, int line, Validation check) {
        String id = check.required("id", cells.get("id"));
        if (id != null && !ID.matcher(id).matches()) {
            check.reject("id", "'" + id + "' may use only letters, digits, '.', '_' and '-' (up to 64)");
        }
        String fullName = check.required("full_name", cells.get("full_name"));
        String email = check.email("email", cells.get("email"));
        PersonKind kind = null;
        String kindText = check.required("kind", cells.get("kind"));
        if (kindText != null) {
            kind = PersonKind.parse(kindText).orElse(null);
            if (kind == null) {
                check.reject("kind", "'" + kindText + "' is not one of officer, councillor, co-opted member");
            }
        }
        LocalDate startDate = check.date("start_date", cells.get("start_date"), true);
        List<String> roles = parseRoles(cells.getOrDefault("roles", ""), check);
        String department = Validation.optional(cells.get("department"));
        if (kind == PersonKind.OFFICER && department == null) {
            check.reject("department", "is required for an officer");
        }
        String lineManager = Validation.optional(cells.get("line_manager_id"));
        if (lineManager != null && lineManager.equals(id)) {
            check.reject("line_manager_id", "cannot be the person themselves");
        }
        Boolean active = parseActive(cells.getOrDefault("active", ""), check);
        if (!check.ok()) {
            return null;
        }
        return new RosterRow(line, id, fullName, email.toLowerCase(Locale.ROOT), kind, roles, department,
                Validation.optional(cells.get("political_group")), Validation.optional(cells.get("ward")),
                Validation.optional(cells.get("job_title")), lineManager, startDate, active);
    }

    private static List<String> parseRoles(String text, Validation check) {
        List<String> roles = new ArrayList<>();
        for (String role : text.split("[;|]")) {
            String normalised = role.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
            if (normalised.isEmpty()) {
                continue;
            }
            if (!ROLE.matcher(normalised).matches()) {
                check.reject("roles", "'" + role.strip() + "' is not a role name (letters, digits and '-'; separate roles with ';')");
            } else if (!roles.contains(normalised)) {
                roles.add(normalised);
            }
        }
        roles.sort(null);
        return roles;
    }

    private static Boolean parseActive(String text, Validation check) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || Arrays.asList("true", "yes", "y", "1").contains(value)) {
            return true;
        }
        if (Arrays.asList("false", "no", "n", "0").contains(value)) {
            return false;
        }
        check.reject("active", "'" + text + "' is not true or false");
        return true;
    }
}
