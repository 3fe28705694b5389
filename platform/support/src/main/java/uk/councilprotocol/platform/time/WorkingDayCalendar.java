package uk.councilprotocol.platform.time;


import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days: not a Saturday, a Sunday or a bank holiday of the council's division. The bank holidays come from the
 * council's GOV.UK file for the years it covers; for a year it does not cover yet, from the rules that set the regular
 * ones ({@link BankHolidayRules}), so the Hub is never stopped by a calendar that has run out. A date counted with a
 * year the file does not cover is provisional ({@link #covers}): a one-off holiday cannot be foreseen.
 */
public final class WorkingDayCalendar {
    private final String division;
    private final NavigableMap<LocalDate, String> holidays;
    private final Year firstYear;
    private final Year lastYear;
    private final Map<Integer, Map<LocalDate, String>> expected = new ConcurrentHashMap<>();

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
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !(covers(day) ? holidays : expected(day.getYear())).containsKey(day);
    }

    /** The last day whose bank holidays the file gives: after it, they are expected by the rules, not known. */
    public LocalDate coveredUntil() {
        return lastYear.atMonth(12).atEndOfMonth();
    }

    /** The regular bank holidays of a year the file does not cover. */
    private Map<LocalDate, String> expected(int year) {
        return expected.computeIfAbsent(year, y -> BankHolidayRules.of(division, y));
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
