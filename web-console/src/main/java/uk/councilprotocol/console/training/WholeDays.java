package uk.councilprotocol.console.training;

import uk.councilprotocol.console.FormErrors;

import java.util.List;

/** A whole number of days (or months) typed into a form; anything else is named as the field's error. */
final class WholeDays {
    private WholeDays() {
    }

    /** @return the number, or 0 (which the service names as missing) when the box is empty */
    static int parse(String field, String text, List<FormErrors.FieldError> errors) {
        return parse(field, text, "days, for example 30", errors);
    }

    /** The same for another unit: {@code "months, for example 12"}. */
    static int parse(String field, String text, String unitAndExample, List<FormErrors.FieldError> errors) {
        String value = text.strip();
        if (value.isEmpty()) {
            return 0;
        }
        if (!value.matches("\\d{1,4}")) {
            errors.add(new FormErrors.FieldError(field, "must be a whole number of " + unitAndExample));
            return 0;
        }
        return Integer.parseInt(value);
    }
}
