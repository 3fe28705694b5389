package uk.councilprotocol.platform.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bean Validation's findings in the platform's own form: the field as the API names it ({@code councillor_id},
 * {@code constituent.contact}) — the method and parameter names Micronaut puts first are dropped — and the message
 * the constraint declares. So a request record's annotations and a service's own checks read the same to a caller.
 */
public final class ConstraintViolations {
    private ConstraintViolations() {
    }

    public static InvalidInputException toInvalidInput(ConstraintViolationException e) {
        return new InvalidInputException(of(e.getConstraintViolations()));
    }

    /** A record's violations (from {@code Validator.validate}), in field order, to report with the domain's own checks. */
    public static List<FieldViolation> of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> FieldViolation.of(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
    }

    static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                names.add(snake(node.getName()) + (node.getIndex() == null ? "" : "[" + node.getIndex() + "]"));
            }
        }
        if (names.isEmpty()) {
            // a whole parameter: its own name
            Path.Node last = null;
            for (Path.Node node : violation.getPropertyPath()) {
                last = node;
            }
            return last == null ? "request" : snake(last.getName());
        }
        return String.join(".", names);
    }

    /** {@code councillorId} → {@code councillor_id}: the name the HTTP API and the proto fields use. */
    static String snake(String name) {
        return name == null ? "" : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
