package uk.councilprotocol.platform.time;

import uk.councilprotocol.platform.errors.ConflictException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Working days: not a Saturday, a Sunday or a bank holiday of the council's division. It knows which years
 * its bank holidays cover and refuses to guess outside them, so a stale file is noticed rather than
 * silently producing deadlines that ignore next year's holidays.
 */
public final class WorkingDayCalendar {
    private final String division;
    private final NavigableMap<LocalDate, String> holidays;
    private final Year firstYear;
    private final Year lastYear;

    public WorkingDayCalendar(String division, Map<LocalDate, String> holidays) {
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("No bank holidays for division " + division);
        }
        this.division = division;
        this.holidays = new TreeMap<>(holidays);
        this.firstYear = Year.from(this.holidays.firstKey());
        this.lastYear = Year.from(this.holidays.lastKey());
    }

    public String division() {
        return division;
    }

    public Year firstYear() {
        return firstYear;
    }

    public Year lastYear() {
        return lastYear;
    }

    public NavigableMap<LocalDate, String> holidays() {
        return holidays;
    }

    /** Whether the calendar knows this day's bank holidays (its year is in the file). */
    public boolean covers(LocalDate day) {
        Year year = Year.from(day);
        return !year.isBefore(firstYear) && !year.isAfter(lastYear);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!covers(day)) {
            Year year = Year.from(day);
            throw new ConflictException("The working-day calendar (" + division + ") has bank holidays for "
                    + firstYear + "–" + lastYear + " only, not " + year + ": load the current GOV.UK bank-holidays file");
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.containsKey(day);
    }

    /** The first working day on or after {@code day}. */
    public LocalDate onOrAfter(LocalDate day) {
        return firstWorkingDay(day, 1);
    }

    /** The last working day on or before {@code day}. */
    public LocalDate onOrBefore(LocalDate day) {
        return firstWorkingDay(day, -1);
    }

    /** The {@code n}th working day before {@code day}. */
    public LocalDate minusWorkingDays(LocalDate day, int n) {
        return countWorkingDays(day, n, -1);
    }

    /** The {@code n}th working day after {@code day} (not counting {@code day} itself). */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        return countWorkingDays(day, n, 1);
    }

    /** From {@code day} itself, one day at a time in {@code direction} (1 or -1), to the first working day. */
    private LocalDate firstWorkingDay(LocalDate day, int direction) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(direction);
        }
        return candidate;
    }

    /** From the day after (or before) {@code day}, counting working days in {@code direction} until {@code n}. */
    private LocalDate countWorkingDays(LocalDate day, int n, int direction) {
        LocalDate candidate = day;
        for (int counted = 0; counted < n; ) {
            candidate = candidate.plusDays(direction);
            if (isWorkingDay(candidate)) {
                counted++;
            }
        }
        return candidate;
    }
}
