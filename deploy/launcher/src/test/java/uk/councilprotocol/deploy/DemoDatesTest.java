package uk.councilprotocol.deploy;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.councilprotocol.platform.time.BankHolidayFile;
import uk.councilprotocol.platform.time.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's dates, for every day of 2026–2029 at three times of day, against the bundled calendar of each division:
 * the demo loads whatever the day, past the end of the bundled file too.
 */
class DemoDatesTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    /** A year past the bundled file (2025–2028): its bank holidays are the expected ones, and the demo loads all the same. */
    static final LocalDate LAST = LocalDate.of(2029, 12, 31);

    @ParameterizedTest
    @ValueSource(strings = {"england-and-wales", "scotland", "northern-ireland"})
    void everyDayOf2026To2029GetsDatesTheServicesAccept(String division) {
        WorkingDayCalendar calendar = BankHolidayFile.bundled(division, ObjectMapper.getDefault());
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            for (LocalTime time : List.of(LocalTime.of(0, 30), LocalTime.of(10, 0), LocalTime.of(23, 30))) {
                ZonedDateTime now = day.atTime(time).atZone(LONDON);
                assertAcceptable(DemoDates.choose(now, calendar), now, calendar);
            }
        }
    }

    /** What enquiries-, training- and plans-service check of the dates the demo sends them. */
    private static void assertAcceptable(DemoDates dates, ZonedDateTime now, WorkingDayCalendar calendar) {
        LocalDate today = now.toLocalDate();
        assertThat(dates.today()).isEqualTo(today);
        // Nothing received in the future.
        assertThat(List.of(dates.overdueEnquiryReceived(), dates.recentEnquiryReceived(), dates.verbalEnquiryReceived()))
                .allSatisfy(received -> assertThat(received).isBefore(now.toInstant()));
        // The overdue one's 10 working days are over by today, so it escalates.
        LocalDate overdueDay = dates.overdueEnquiryReceived().atZone(LONDON).toLocalDate();
        assertThat(calendar.isWorkingDay(overdueDay)).isTrue();
        assertThat(calendar.plusWorkingDays(overdueDay, 10)).isBefore(today);
        // The holding reply moves the recent enquiry's deadline to a later working day (the service refuses anything else).
        LocalDate recentDay = dates.recentEnquiryReceived().atZone(LONDON).toLocalDate();
        LocalDate latestDeadline = calendar.plusWorkingDays(calendar.onOrAfter(recentDay), 10);
        assertThat(dates.holdingReplyDue()).as("%s: %s", now, dates).isAfter(latestDeadline);
        assertThat(calendar.isWorkingDay(dates.holdingReplyDue())).as("%s: %s", now, dates).isTrue();
        // The action falls due on a working day within the month; its 30-day reminder (08:00, 30 days before) is already
        // due at any hour, so the demo's mail page shows it at once, and its 7-day one is still to come.
        assertThat(calendar.isWorkingDay(dates.actionDue())).isTrue();
        assertThat(dates.actionDue().minusDays(30).atTime(8, 0).atZone(LONDON)).as("%s: %s", now, dates).isBefore(now);
        assertThat(dates.actionDue().minusDays(7).atTime(8, 0).atZone(LONDON)).isAfter(now);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-24", "2026-12-28", "2027-03-26", "2027-03-28", "2026-12-31"})
    void theDaysThatBrokeTheDemoGetAWorkingDayForTheHoldingReply(String day) {
        WorkingDayCalendar calendar = BankHolidayFile.bundled("england-and-wales", ObjectMapper.getDefault());
        DemoDates dates = DemoDates.choose(LocalDate.parse(day).atTime(10, 0).atZone(LONDON), calendar);
        assertThat(calendar.isWorkingDay(dates.holdingReplyDue())).as(dates.toString()).isTrue();
        assertThat(calendar.holidays()).doesNotContainKey(dates.holdingReplyDue());
    }
}
