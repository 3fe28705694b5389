package uk.councilprotocol.training.requirements;

import org.junit.jupiter.api.Test;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates as councils write them, one kind of rule at a time. */
class DueDateTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    static Person startingOn(LocalDate start) {
        return new Person("P1", "Pat Person", "pat@example.gov.uk", PersonKind.OFFICER, new String[0], "Finance", null, null,
                null, null, start, true, Instant.EPOCH, Instant.EPOCH);
    }

    static RequirementRule rule(DueFrom from, int days, String by, String after) {
        return new RequirementRule(UUID.randomUUID(), "COURSE", null, null, null, days, true, Instant.EPOCH, null, from, by, after);
    }

    @Test
    void daysFromStartingCountFromTheStartOrFromTodayForSomeoneAlreadyHere() {
        RequirementRule ninety = rule(DueFrom.STARTING, 90, null, null);
        assertThat(DueDate.of(ninety, startingOn(TODAY.plusDays(20)), TODAY, false)).contains(TODAY.plusDays(110));
        assertThat(DueDate.of(ninety, startingOn(TODAY.minusYears(3)), TODAY, false)).contains(TODAY.plusDays(90));
    }

    @Test
    void daysFromBeingAssignedCountFromTodayWheneverTheyStart() {
        assertThat(DueDate.of(rule(DueFrom.ASSIGNED, 21, null, null), startingOn(TODAY.plusDays(20)), TODAY, false))
                .contains(TODAY.plusDays(21));
    }

    @Test
    void aFixedDateIsTheNextOneAtLeastTheNoticeAhead() {
        Person person = startingOn(TODAY.minusYears(1));
        assertThat(DueDate.of(rule(DueFrom.FIXED_DATE, 0, "03-31", null), person, TODAY, false)).contains(LocalDate.of(2027, 3, 31));
        assertThat(DueDate.of(rule(DueFrom.FIXED_DATE, 21, "03-31", null), person, TODAY, false))
                .as("exactly three weeks' notice").contains(LocalDate.of(2027, 3, 31));
        assertThat(DueDate.of(rule(DueFrom.FIXED_DATE, 22, "03-31", null), person, TODAY, false))
                .as("a day short of the notice: next year's").contains(LocalDate.of(2028, 3, 31));
        assertThat(DueDate.of(rule(DueFrom.FIXED_DATE, 0, "03-10", null), person, TODAY, false)).as("today itself").contains(TODAY);
        assertThat(DueDate.of(rule(DueFrom.FIXED_DATE, 0, "01-31", null), person, TODAY, false)).contains(LocalDate.of(2028, 1, 31));
        assertThat(DueDate.of(rule(DueFrom.FIXED_DATE, 0, "12-31", null), person, LocalDate.of(2027, 12, 31), false))
                .contains(LocalDate.of(2027, 12, 31));
    }

    @Test
    void twentyNinthFebruaryIsTheTwentyEighthInOtherYears() {
        MonthDay leapDay = MonthDay.of(2, 29);
        assertThat(DueDate.nextOnOrAfter(leapDay, LocalDate.of(2027, 1, 5))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(DueDate.nextOnOrAfter(leapDay, LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DueDate.nextOnOrAfter(leapDay, LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DueDate.nextOnOrAfter(leapDay, LocalDate.of(2028, 3, 1))).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void aCourseAfterAnotherWaitsForItThenCountsFromToday() {
        RequirementRule after = rule(DueFrom.AFTER_COURSE, 60, null, "BASICS");
        Person person = startingOn(TODAY.minusYears(1));
        assertThat(DueDate.of(after, person, TODAY, false)).isEmpty();
        assertThat(DueDate.of(after, person, TODAY, true)).contains(TODAY.plusDays(60));
    }

    @Test
    void aDayOfTheYearIsWrittenMonthThenDay() {
        assertThat(DueDate.dayOfYear("03-31")).contains(MonthDay.of(3, 31));
        assertThat(DueDate.dayOfYear("02-29")).contains(MonthDay.of(2, 29));
        assertThat(DueDate.dayOfYear("02-30")).isEmpty();
        assertThat(DueDate.dayOfYear("31-03")).isEmpty();
        assertThat(DueDate.dayOfYear("3-31")).isEmpty();
        assertThat(DueDate.dayOfYear("")).isEmpty();
        assertThat(DueDate.dayOfYear(null)).isEqualTo(Optional.empty());
    }

    @Test
    void kindsAreReadAsHrWritesThem() {
        assertThat(DueFrom.parse("fixed-date")).contains(DueFrom.FIXED_DATE);
        assertThat(DueFrom.parse(" After_Course ")).contains(DueFrom.AFTER_COURSE);
        assertThat(DueFrom.parse("fortnightly")).isEmpty();
        assertThat(DueFrom.AFTER_COURSE.label()).isEqualTo("after-course");
    }
}
