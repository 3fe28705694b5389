package uk.councilprotocol.console.training;

import uk.councilprotocol.console.FormErrors;

import java.util.List;

/** A whole number of days typed into a form; anything else is named as the field's error. */
final class WholeDays {
    private WholeDays() {
    }

    /** @return the number, or 0 (which the service names as missing) when the box is empty */
    static int parse(String field, String text, List<FormErrors.FieldError> errors) {
        String value = text.strip();
        if (value.isEmpty()) {
            return 0;
        }
        if (!value.matches("\\d{1,4}")) {
            errors.add(new FormErrors.FieldError(field, "must be a whole number of days, for example 30"));
            return 0;
        }
        return Integer.parseInt(value);
    }
}
