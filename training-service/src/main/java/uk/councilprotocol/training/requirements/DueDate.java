package uk.councilprotocol.training.requirements;

import uk.councilprotocol.training.roster.Person;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** When a rule makes a course due for a person assigned it today: the council's rules as HR writes them. */
public final class DueDate {
    /** A fixed day of the year as rules keep it: "03-31" for 31 March. */
    private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("MM-dd");

    private DueDate() {
    }

    /**
     * The due date, or empty while the rule waits for a prerequisite the person has not completed (or whose
     * completion has expired).
     */
    public static Optional<LocalDate> of(RequirementRule rule, Person person, LocalDate today, boolean prerequisiteDone) {
        return switch (rule.dueFrom()) {
            case STARTING -> Optional.of(later(person.startDate(), today).plusDays(rule.dueWithinDays()));
            case ASSIGNED -> Optional.of(today.plusDays(rule.dueWithinDays()));
            case FIXED_DATE -> Optional.of(nextOnOrAfter(dayOfYear(rule.dueBy()).orElseThrow(), today.plusDays(rule.dueWithinDays())));
            case AFTER_COURSE -> prerequisiteDone ? Optional.of(today.plusDays(rule.dueWithinDays())) : Optional.empty();
        };
    }

    /** The first time the day comes round on or after {@code from}; 29 February is the 28th in other years. */
    static LocalDate nextOnOrAfter(MonthDay day, LocalDate from) {
        LocalDate candidate = day.atYear(from.getYear());
        // in a leap year 29 February itself may still come; atYear already moved it to the 28th otherwise
        return candidate.isBefore(from) ? day.atYear(from.getYear() + 1) : candidate;
    }

    /** "03-31" as a day of the year; empty if it is not one (29 February is one). */
    public static Optional<MonthDay> dayOfYear(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.parse(text.strip(), DAY_OF_YEAR));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
