package uk.councilprotocol.console;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The GOV.UK date input's three boxes (field-day, field-month, field-year) as the ISO date the services take. */
public final class GovukDate {
    private GovukDate() {
    }

    /** @return the date as 2027-03-31, or "" with the field's error added when the boxes do not make a real date */
    public static String iso(Map<String, String> form, String field, List<FormErrors.FieldError> errors) {
        String day = form.getOrDefault(field + "-day", "").strip();
        String month = form.getOrDefault(field + "-month", "").strip();
        String year = form.getOrDefault(field + "-year", "").strip();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return "";   // the service names a missing date itself
        }
        try {
            if (!(day.matches("\\d{1,2}") && month.matches("\\d{1,2}") && year.matches("\\d{4}"))) {
                throw new DateTimeException("not numbers");
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            errors.add(new FormErrors.FieldError(field, "must be a real date, for example 31 3 2027"));
            return "";
        }
    }
}
