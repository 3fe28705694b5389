package uk.councilprotocol.platform.errors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Collects field violations while a request is checked, then throws them all at once. */
public final class Validation {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldViolation> violations = new ArrayList<>();
    private final Integer row;

    private Validation(Integer row) {
        this.row = row;
    }

    public static Validation start() {
        return new Validation(null);
    }

    public static Validation forRow(int row) {
        return new Validation(row);
    }

    /**
     * Starts from what a request record's Bean Validation constraints found (its shape), so that the domain's own
     * checks (what needs data) add to them and the caller hears of every field at fault at once.
     */
    public Validation including(List<FieldViolation> found) {
        violations.addAll(found);
        return this;
    }

    /** Whether a field is already at fault (so a check that depends on its shape is not made again). */
    public boolean has(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    public Validation reject(String field, String message) {
        violations.add(new FieldViolation(field, message, row));
        return this;
    }

    /** An optional text field: its trimmed value, or null when absent or blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An id as a caller gives it (a path or a request field): a UUID, or a clear error naming the field. */
    public static UUID id(String field, String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be an id such as 3f2b6c1e-8a4d-4e8f-9b1a-2c3d4e5f6a7b");
        }
    }

    public String required(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        return value.strip();
    }

    public String email(String field, String value) {
        String email = required(field, value);
        if (email != null && !EMAIL.matcher(email).matches()) {
            reject(field, "'" + email + "' is not an email address");
            return null;
        }
        return email;
    }

    public LocalDate date(String field, String value, boolean mandatory) {
        if (value == null || value.isBlank()) {
            if (mandatory) {
                reject(field, "is required (a date like 2026-11-23)");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            reject(field, "'" + value.strip() + "' is not a date in the form YYYY-MM-DD");
            return null;
        }
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
