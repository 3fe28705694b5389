package uk.councilprotocol.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The regular bank holidays of each UK division, by the rules that set them year after year (the Banking and
 * Financial Dealings Act 1971 and the royal proclamations under it): what a calendar expects for a year its GOV.UK
 * file does not cover yet. A holiday on a Saturday or Sunday moves to the next weekday that is not already one, as
 * GOV.UK's substitute days do. One-off holidays (a coronation, a May Day moved for an anniversary) cannot be foreseen,
 * so whatever is counted with these is provisional until the file covers the year.
 */
public final class BankHolidayRules {
    private BankHolidayRules() {
    }

    /** A holiday fixed to a date, substituted when it falls at a weekend. */
    private record Fixed(MonthDay day, String title) {
    }

    private static final Fixed NEW_YEAR = new Fixed(MonthDay.of(Month.JANUARY, 1), "New Year’s Day");
    private static final Fixed SECOND_JANUARY = new Fixed(MonthDay.of(Month.JANUARY, 2), "2nd January");
    private static final Fixed ST_PATRICK = new Fixed(MonthDay.of(Month.MARCH, 17), "St Patrick’s Day");
    private static final Fixed BOYNE = new Fixed(MonthDay.of(Month.JULY, 12), "Battle of the Boyne (Orangemen’s Day)");
    private static final Fixed ST_ANDREW = new Fixed(MonthDay.of(Month.NOVEMBER, 30), "St Andrew’s Day");
    private static final Fixed CHRISTMAS = new Fixed(MonthDay.of(Month.DECEMBER, 25), "Christmas Day");
    private static final Fixed BOXING_DAY = new Fixed(MonthDay.of(Month.DECEMBER, 26), "Boxing Day");

    /** The division's regular bank holidays in that year, by date. */
    public static Map<LocalDate, String> of(String division, int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        holidays.put(easter.minusDays(2), "Good Friday");
        holidays.put(firstMonday(year, Month.MAY), "Early May bank holiday");
        holidays.put(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), "Spring bank holiday");
        List<Fixed> fixed = new ArrayList<>(List.of(NEW_YEAR));
        switch (division) {
            case "england-and-wales" -> {
                holidays.put(easter.plusDays(1), "Easter Monday");
                holidays.put(lastMondayOfAugust(year), "Summer bank holiday");
            }
            case "scotland" -> {
                holidays.put(firstMonday(year, Month.AUGUST), "Summer bank holiday");
                fixed.add(SECOND_JANUARY);
                fixed.add(ST_ANDREW);
            }
            case "northern-ireland" -> {
                holidays.put(easter.plusDays(1), "Easter Monday");
                holidays.put(lastMondayOfAugust(year), "Summer bank holiday");
                fixed.add(ST_PATRICK);
                fixed.add(BOYNE);
            }
            default -> throw new IllegalArgumentException("No bank-holiday rules for division '" + division + "'");
        }
        fixed.add(CHRISTMAS);
        fixed.add(BOXING_DAY);
        // those on a weekday keep their day; then those at a weekend, in date order, take the next free weekday
        // (Christmas on a Sunday: Boxing Day stays Monday 26th, Christmas Day's substitute is Tuesday 27th)
        List<Fixed> atAWeekend = new ArrayList<>();
        for (Fixed holiday : fixed) {
            LocalDate day = holiday.day().atYear(year);
            if (isWeekend(day) || holidays.containsKey(day)) {
                atAWeekend.add(holiday);
            } else {
                holidays.put(day, holiday.title());
            }
        }
        for (Fixed holiday : atAWeekend) {
            LocalDate day = holiday.day().atYear(year);
            while (isWeekend(day) || holidays.containsKey(day)) {
                day = day.plusDays(1);
            }
            holidays.put(day, holiday.title());
        }
        return holidays;
    }

    /** Easter Sunday in the Gregorian calendar (the "anonymous Gregorian" computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMondayOfAugust(int year) {
        return LocalDate.of(year, Month.AUGUST, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
