package uk.councilprotocol.plans.duedates;

import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.DateTimeException;

/**
 * Reads due dates as councils write them in action plans: "March 2024", "By summer 2023", "2024-2025",
 * "2024/25", "April 2024", "Ongoing", "New approach implemented by April 2024", "31 March 2024", "Q3 2024".
 * When the text holds several, the last one named is the deadline ("From April 2023 ... by June 2023").
 */
@Singleton
public class DueDateParser {
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    /** Every period form, in the order tried at each position; the longest, most precise first. */
    static final Pattern PERIOD = Pattern.compile(
            "(?<day>\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + MONTHS + ")\\.?\\s+\\d{4}\\b)"
                    + "|(?<iso>\\b\\d{4}-\\d{2}-\\d{2}\\b)"
                    + "|(?<slash>\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b)"
                    + "|(?<range>\\b(?<from>\\d{4})\\s*[-–/]\\s*(?<to>\\d{2}|\\d{4})\\b)"
                    + "|(?<month>\\b(?:" + MONTHS + ")\\.?\\s+\\d{4}\\b)"
                    + "|(?<quarter>\\bq(?<q>[1-4])\\s+(?<qyear>\\d{4})\\b)"
                    + "|(?<season>\\b(?:early\\s+|late\\s+)?(?<name>spring|summer|autumn|winter)\\s+(?<syear>\\d{4})\\b)"
                    + "|(?<year>\\b(?:19|20)\\d{2}\\b)"
                    + "|(?<ongoing>\\bongoing\\b|\\bcontinuous\\b|\\bbusiness as usual\\b)",
            Pattern.CASE_INSENSITIVE);

    public DueDate parse(String text) {
        if (text == null || text.isBlank()) {
            return DueDate.unstated(text == null ? "" : text);
        }
        Matcher matcher = PERIOD.matcher(text);
        DueDate last = null;
        while (matcher.find()) {
            Optional<DueDate> period = read(text.strip(), matcher);
            if (period.isPresent()) {
                last = period.get();
            }
        }
        return last == null ? DueDate.unstated(text.strip()) : last;
    }

    /** Reads the period the matcher is on; text is the original, kept whole. */
    Optional<DueDate> read(String text, Matcher m) {
        try {
            if (m.group("day") != null) {
                String[] parts = m.group("day").replace(".", "").trim().split("\\s+");
                LocalDate day = LocalDate.of(Integer.parseInt(parts[2]), month(parts[1]),
                        Integer.parseInt(parts[0].replaceAll("\\D", "")));
                return Optional.of(new DueDate(text, Precision.DAY, day, day));
            }
            if (m.group("iso") != null) {
                LocalDate day = LocalDate.parse(m.group("iso"));
                return Optional.of(new DueDate(text, Precision.DAY, day, day));
            }
            if (m.group("slash") != null) {
                LocalDate day = LocalDate.parse(m.group("slash"), DateTimeFormatter.ofPattern("d/M/yyyy"));
                return Optional.of(new DueDate(text, Precision.DAY, day, day));
            }
            if (m.group("range") != null) {
                int from = Integer.parseInt(m.group("from"));
                String to = m.group("to");
                if (to.length() == 2) {
                    int second = from / 100 * 100 + Integer.parseInt(to);
                    if (second != from + 1) {
                        return Optional.empty();
                    }
                    // "2024/25", "2024-25": the financial year, April to March.
                    return Optional.of(new DueDate(text, Precision.FINANCIAL_YEAR, LocalDate.of(from, 4, 1), LocalDate.of(second, 3, 31)));
                }
                int second = Integer.parseInt(to);
                if (second <= from || second - from > 10) {
                    return Optional.empty();
                }
                return Optional.of(new DueDate(text, Precision.RANGE, LocalDate.of(from, 1, 1), LocalDate.of(second, 12, 31)));
            }
            if (m.group("month") != null) {
                String[] parts = m.group("month").replace(".", "").trim().split("\\s+");
                YearMonth month = YearMonth.of(Integer.parseInt(parts[1]), month(parts[0]));
                return Optional.of(new DueDate(text, Precision.MONTH, month.atDay(1), month.atEndOfMonth()));
            }
            if (m.group("quarter") != null) {
                int quarter = Integer.parseInt(m.group("q"));
                int year = Integer.parseInt(m.group("qyear"));
                YearMonth last = YearMonth.of(year, quarter * 3);
                return Optional.of(new DueDate(text, Precision.QUARTER, last.minusMonths(2).atDay(1), last.atEndOfMonth()));
            }
            if (m.group("season") != null) {
                int year = Integer.parseInt(m.group("syear"));
                return Optional.of(season(text, m.group("name").toLowerCase(Locale.ROOT), year));
            }
            if (m.group("year") != null) {
                int year = Integer.parseInt(m.group("year"));
                return Optional.of(new DueDate(text, Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            if (m.group("ongoing") != null) {
                return Optional.of(new DueDate(text, Precision.ONGOING, null, null));
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Meteorological seasons, as councils mean them: spring March–May, summer June–August, autumn September–November, winter December–February. */
    private static DueDate season(String text, String name, int year) {
        return switch (name) {
            case "spring" -> new DueDate(text, Precision.SEASON, LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31));
            case "summer" -> new DueDate(text, Precision.SEASON, LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31));
            case "autumn" -> new DueDate(text, Precision.SEASON, LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30));
            default -> new DueDate(text, Precision.SEASON, LocalDate.of(year, 12, 1), YearMonth.of(year + 1, 2).atEndOfMonth());
        };
    }

    private static Month month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (full.equals(lower) || full.startsWith(lower) && lower.length() >= 3) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
