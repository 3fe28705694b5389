package uk.councilprotocol.platform.errors;

import java.util.List;
import java.util.stream.Collectors;

/** The request cannot be carried out as given; nothing was written. Maps to HTTP 400 / INVALID_ARGUMENT. */
public class InvalidInputException extends RuntimeException {
    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.stream().limit(5).map(FieldViolation::describe).collect(Collectors.joining("; "))
                + (violations.size() > 5 ? " (and " + (violations.size() - 5) + " more)" : ""));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(FieldViolation.of(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
