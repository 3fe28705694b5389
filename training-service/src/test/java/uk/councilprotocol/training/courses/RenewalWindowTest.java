package uk.councilprotocol.training.courses;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** When a renewal expires: early within the window keeps the anniversary; late, or too early, counts from completion. */
class RenewalWindowTest {
    static final Course YEARLY_WITH_WINDOW = new Course("FIRE", "Fire safety", "", 12, true, 60, null);
    static final Course YEARLY = new Course("FIRE", "Fire safety", "", 12, true, null, null);
    static final Course ONCE = new Course("INDUCTION", "Induction", "", null, true, null, null);

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void renewingWithinTheWindowKeepsTheAnniversary() {
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2027-05-01"), d("2027-06-15"))).contains(d("2028-06-15"));
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2027-04-16"), d("2027-06-15"))).as("the window's first day").contains(d("2028-06-15"));
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2027-06-15"), d("2027-06-15"))).as("on the expiry day itself").contains(d("2028-06-15"));
    }

    @Test
    void lateOrBeforeTheWindowCountsFromTheCompletion() {
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2027-06-16"), d("2027-06-15"))).as("a day late").contains(d("2028-06-16"));
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2027-04-15"), d("2027-06-15"))).as("a day before the window").contains(d("2028-04-15"));
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2027-05-01"), null)).as("a first completion").contains(d("2028-05-01"));
        assertThat(YEARLY.expiryOf(d("2027-05-01"), d("2027-06-15"))).as("a course with no window").contains(d("2028-05-01"));
        assertThat(ONCE.expiryOf(d("2027-05-01"), null)).as("a course that never expires").isEmpty();
    }

    @Test
    void onlyAWindowNeedsTheExpiryBefore() {
        assertThat(YEARLY_WITH_WINDOW.renewsFromCurrentExpiry()).isTrue();
        assertThat(YEARLY.renewsFromCurrentExpiry()).as("no window: counts from the completion").isFalse();
        assertThat(ONCE.renewsFromCurrentExpiry()).as("never expires").isFalse();
        assertThat(AFTER_EACH_ELECTION.renewsFromCurrentExpiry()).as("a council-wide cycle").isFalse();
    }

    @Test
    void leapDaysFollowTheCalendar() {
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2028-01-20"), d("2028-02-29"))).as("an anniversary of 29 February, renewed early")
                .contains(d("2029-02-28"));
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2029-01-10"), d("2029-02-28"))).as("and kept on the 28th from then on")
                .contains(d("2030-02-28"));
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2028-02-29"), d("2027-12-31"))).as("late, completed on a leap day")
                .contains(d("2029-02-28"));
        Course fourYearly = new Course("NOLAN", "Nolan", "", 48, true, 90, null);
        assertThat(fourYearly.expiryOf(d("2027-12-15"), d("2028-02-29"))).as("four years on from a leap day is a leap day")
                .contains(d("2032-02-29"));
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2027-12-31"), d("2028-02-29"))).as("the window counts the leap day: 60 days before is 31 December")
                .contains(d("2029-02-28"));
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2027-12-30"), d("2028-02-29"))).contains(d("2028-12-30"));
    }

    /** "Every councillor renews the Nolan training each May after the elections": due by 31 May 2026, then every 4 years. */
    static final Course AFTER_EACH_ELECTION = new Course("NOLAN", "Nolan", "", 48, true, 31, d("2026-05-31"));
    /** Each May, with no window: a completion on or before 31 May counts for that May. */
    static final Course EACH_MAY = new Course("NOLAN", "Nolan", "", 12, true, null, d("2027-05-31"));

    @Test
    void onACouncilWideCycleEveryoneIsDueOnTheSameDay() {
        assertThat(AFTER_EACH_ELECTION.expiryOf(d("2026-05-14"), null)).as("within May 2026's window: counts for it")
                .contains(d("2030-05-31"));
        assertThat(AFTER_EACH_ELECTION.expiryOf(d("2026-09-02"), d("2026-05-31"))).as("late for May 2026: due next cycle")
                .contains(d("2030-05-31"));
        assertThat(AFTER_EACH_ELECTION.expiryOf(d("2026-04-29"), null)).as("before the window opened: done again in May")
                .contains(d("2026-05-31"));
        assertThat(AFTER_EACH_ELECTION.expiryOf(d("2026-04-30"), null)).as("the window's first day").contains(d("2030-05-31"));
        assertThat(AFTER_EACH_ELECTION.expiryOf(d("2026-05-31"), null)).as("on the due day itself").contains(d("2030-05-31"));
        assertThat(AFTER_EACH_ELECTION.expiryOf(d("2023-06-01"), null)).as("cycles run back before the first day too")
                .contains(d("2026-05-31"));
        assertThat(AFTER_EACH_ELECTION.expiryOf(d("2034-05-01"), d("2034-05-31"))).as("three cycles on")
                .contains(d("2038-05-31"));
        assertThat(EACH_MAY.expiryOf(d("2026-06-01"), null)).as("each May: whenever it is done, due the next 31 May")
                .contains(d("2027-05-31"));
        assertThat(EACH_MAY.expiryOf(d("2027-05-31"), d("2027-05-31"))).contains(d("2028-05-31"));
        assertThat(EACH_MAY.expiryOf(d("2027-06-01"), d("2027-05-31"))).as("a day late").contains(d("2028-05-31"));
    }

    @Test
    void aCycleOnALeapDayComesBackInLeapYears() {
        Course leapDay = new Course("FIRE", "Fire safety", "", 12, true, 30, d("2028-02-29"));
        assertThat(leapDay.expiryOf(d("2028-03-01"), null)).contains(d("2029-02-28"));
        assertThat(leapDay.expiryOf(d("2029-03-01"), null)).as("each due day counts from the first, so no drift to the 28th")
                .contains(d("2030-02-28"));
        assertThat(leapDay.expiryOf(d("2031-03-01"), null)).contains(d("2032-02-29"));
        assertThat(leapDay.expiryOf(d("2032-01-31"), null)).as("within the 30 days before 29 February 2032").contains(d("2033-02-28"));
        assertThat(leapDay.expiryOf(d("2032-01-29"), null)).as("a day before the window").contains(d("2032-02-29"));
    }
}
