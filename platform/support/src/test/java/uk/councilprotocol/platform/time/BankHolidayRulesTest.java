package uk.councilprotocol.platform.time;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules predict exactly what GOV.UK published for every year of the bundled file, in all three divisions. */
class BankHolidayRulesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"england-and-wales", "scotland", "northern-ireland"})
    void theRulesGiveEveryYearOfTheBundledFile(String division) {
        WorkingDayCalendar published = BankHolidayFile.bundled(division, ObjectMapper.getDefault());
        for (int year = published.firstYear().getValue(); year <= published.lastYear().getValue(); year++) {
            Map<LocalDate, String> inTheFile = new TreeMap<>(published.holidays().subMap(
                    LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
            assertThat(BankHolidayRules.of(division, year)).as(division + " " + year).isEqualTo(inTheFile);
        }
    }

    @ParameterizedTest(name = "Easter {0}: {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2029, 2029-04-01", "2030, 2030-04-21", "2038, 2038-04-25",
            "2285, 2285-03-22"})
    void easterSundayByTheComputus(int year, LocalDate easter) {
        assertThat(BankHolidayRules.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2033-12-27, Christmas Day",   // 25 December 2033 is a Sunday: Boxing Day keeps Monday 26th
            "2033-12-26, Boxing Day",
            "2032-12-27, Christmas Day",   // a Saturday: Monday 27th and Tuesday 28th
            "2032-12-28, Boxing Day",
    })
    void aHolidayAtAWeekendMovesToTheNextFreeWeekday(LocalDate day, String title) {
        assertThat(BankHolidayRules.of("england-and-wales", day.getYear())).containsEntry(day, title);
    }
}
