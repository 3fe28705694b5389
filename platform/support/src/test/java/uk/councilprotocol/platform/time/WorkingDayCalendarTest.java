package uk.councilprotocol.platform.time;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {
    static final WorkingDayCalendar ENGLAND = BankHolidayFile.bundled("england-and-wales", ObjectMapper.getDefault());
    static final WorkingDayCalendar SCOTLAND = BankHolidayFile.bundled("scotland", ObjectMapper.getDefault());

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-11-30, 10, 2026-12-14",   // an ordinary fortnight
            "2026-12-24, 1, 2026-12-29",    // Christmas Day, the weekend, Boxing Day's substitute on Monday 28th
            "2026-12-18, 10, 2027-01-06",   // across Christmas and New Year's Day
            "2027-03-25, 1, 2027-03-30",    // Good Friday and Easter Monday 2027
            "2026-12-26, 0, 2026-12-26",    // no working days: the day itself, working or not
    })
    void plusWorkingDaysSkipsWeekendsAndBankHolidays(LocalDate from, int days, LocalDate expected) {
        assertThat(ENGLAND.plusWorkingDays(from, days)).isEqualTo(expected);
        if (days > 0) {
            assertThat(ENGLAND.minusWorkingDays(expected, days)).isEqualTo(ENGLAND.onOrBefore(from));
        }
    }

    @ParameterizedTest(name = "{0}: on or after {1}, on or before {2}")
    @CsvSource({
            "2026-12-25, 2026-12-29, 2026-12-24",
            "2026-12-28, 2026-12-29, 2026-12-24",
            "2027-03-29, 2027-03-30, 2027-03-25",
            "2026-11-30, 2026-11-30, 2026-11-30",
    })
    void theNearestWorkingDayEitherWay(LocalDate day, LocalDate after, LocalDate before) {
        assertThat(ENGLAND.onOrAfter(day)).isEqualTo(after);
        assertThat(ENGLAND.onOrBefore(day)).isEqualTo(before);
    }

    @Test
    void scotlandHasItsOwnBankHolidays() {
        assertThat(ENGLAND.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(SCOTLAND.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();   // 2 January's substitute
        assertThat(SCOTLAND.isWorkingDay(LocalDate.of(2027, 3, 29))).isTrue();  // no Easter Monday in Scotland
    }

    @Test
    void aYearBeyondTheFileIsCountedWithItsRegularBankHolidaysNotRefused() {
        assertThat(ENGLAND.covers(LocalDate.of(2028, 12, 31))).isTrue();
        assertThat(ENGLAND.covers(LocalDate.of(2029, 1, 1))).as("known no more: expected").isFalse();
        assertThat(ENGLAND.coveredUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
        // Christmas and Boxing Day 2028 from the file, New Year's Day 2029 (a Monday) from the rules
        assertThat(ENGLAND.plusWorkingDays(LocalDate.of(2028, 12, 20), 10)).isEqualTo(LocalDate.of(2029, 1, 8));
        assertThat(ENGLAND.isWorkingDay(LocalDate.of(2029, 4, 2))).as("Easter Monday 2029").isFalse();
        assertThat(SCOTLAND.isWorkingDay(LocalDate.of(2029, 4, 2))).as("not a bank holiday in Scotland").isTrue();
        assertThat(SCOTLAND.isWorkingDay(LocalDate.of(2029, 11, 30))).as("St Andrew's Day 2029, a Friday").isFalse();
    }

    @Test
    void aDivisionNotInTheFileIsNamed() {
        assertThatThrownBy(() -> BankHolidayFile.bundled("wales", ObjectMapper.getDefault()))
                .hasMessageContaining("Division 'wales' is not in the bank-holidays file");
    }
}
