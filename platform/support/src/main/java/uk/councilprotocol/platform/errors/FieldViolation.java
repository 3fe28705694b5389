package uk.councilprotocol.platform.errors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing wrong with a request.
 *
 * @param field   the field (or CSV column) at fault, e.g. {@code email} or {@code completed_on}
 * @param message what is wrong, in words a person can act on
 * @param row     for imports, the 1-based line number in the file (the header is line 1); otherwise null
 */
@Serdeable
public record FieldViolation(String field, String message, @Nullable Integer row) {

    public static FieldViolation of(String field, String message) {
        return new FieldViolation(field, message, null);
    }

    public String describe() {
        return (row == null ? "" : "row " + row + ": ") + field + ": " + message;
    }
}
