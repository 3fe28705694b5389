package uk.councilprotocol.training.roster;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import uk.councilprotocol.platform.errors.FieldViolation;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.Validation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a roster CSV (columns documented in the README, recognised by header name in any order) and
 * checks every row. All problems are reported together, each with its line number and column.
 */
final class RosterCsv {
    static final List<String> REQUIRED = List.of("id", "full_name", "email", "kind", "start_date");
    static final List<String> OPTIONAL = List.of("roles", "department", "political_group", "job_title", "line_manager_id", "active");
    static final int MAX_ROWS = 50_000;
    private static final int MAX_CELL = 200;
    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
    private static final Pattern ROLE = Pattern.compile("^[a-z0-9][a-z0-9-]*$");

    private RosterCsv() {
    }

    static List<RosterRow> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw InvalidInputException.of("file", "is empty; expected a header line and at least one person");
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setAllowMissingColumnNames(true).get().parse(new StringReader(stripBom(csv)))) {
            Map<String, String> columns = checkHeader(parser.getHeaderNames());
            List<FieldViolation> violations = new ArrayList<>();
            List<RosterRow> rows = new ArrayList<>();
            Map<String, Integer> seenIds = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (rows.size() + violations.size() >= MAX_ROWS) {
                    throw InvalidInputException.of("file", "has more than " + MAX_ROWS + " rows; split it");
                }
                Validation check = Validation.forRow(line);
                RosterRow row = readRow(record, columns, line, check);
                if (row != null) {
                    Integer earlier = seenIds.putIfAbsent(row.id(), line);
                    if (earlier != null) {
                        check.reject("id", "'" + row.id() + "' already appears on line " + earlier);
                    }
                }
                if (check.ok()) {
                    rows.add(row);
                } else {
                    violations.addAll(check.violations());
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            if (rows.isEmpty()) {
                throw InvalidInputException.of("file", "has a header but no people");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "is not valid CSV: " + e.getMessage());
        }
    }

    /** Maps each known column to the header as written in the file; rejects missing and unknown columns. */
    private static Map<String, String> checkHeader(List<String> headers) {
        Map<String, String> columns = new HashMap<>();
        Validation check = Validation.forRow(1);
        Set<String> known = new LinkedHashSet<>(REQUIRED);
        known.addAll(OPTIONAL);
        for (String header : headers) {
            String normalised = header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (!known.contains(normalised)) {
                check.reject(header, "is not a roster column; expected some of " + known);
            } else if (columns.putIfAbsent(normalised, header) != null) {
                check.reject(header, "appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                check.reject(required, "column is missing; the header must include " + REQUIRED);
            }
        }
        check.throwIfInvalid();
        return columns;
    }

    private static RosterRow readRow(CSVRecord record, Map<String, String> columns, int line, Validation check) {
        Map<String, String> cells = new HashMap<>();
        columns.forEach((column, header) -> {
            String value = record.isSet(header) ? record.get(header) : "";
            if (value.length() > MAX_CELL) {
                check.reject(column, "is longer than " + MAX_CELL + " characters");
                value = "";
            }
            cells.put(column, value.strip());
        });
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
                Validation.optional(cells.get("political_group")), Validation.optional(cells.get("job_title")), lineManager, startDate, active);
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


    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
