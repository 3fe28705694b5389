package uk.councilprotocol.plans.duedates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates as councils write them: the precision read and the tracking deadline (the last day of the period). */
class DueDateParserTest {
    final DueDateParser parser = new DueDateParser();

    @ParameterizedTest(name = "\"{0}\" → {1}, {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "March 2024|MONTH|2024-03-31",
            "April 2024|MONTH|2024-04-30",
            "February 2028|MONTH|2028-02-29",
            "By summer 2023|SEASON|2023-08-31",
            "winter 2024|SEASON|2025-02-28",
            "2024-2025|RANGE|2025-12-31",
            "2024/25|FINANCIAL_YEAR|2025-03-31",
            "Ongoing|ONGOING|-",
            "New approach implemented by April 2024|MONTH|2024-04-30",
            "31st March 2024|DAY|2024-03-31",
            "Q3 2024|QUARTER|2024-09-30",
            "2025|YEAR|2025-12-31",
            "From April 2023 and by June 2023|MONTH|2023-06-30",
            "As soon as practicable|UNSTATED|-",
    })
    void theWaysCouncilsWriteDueDates(String text, Precision precision, LocalDate deadline) {
        DueDate due = parser.parse(text);
        assertThat(due.text()).isEqualTo(text);
        assertThat(due.precision()).isEqualTo(precision);
        assertThat(due.deadline()).isEqualTo(deadline);
    }
}
