package uk.councilprotocol.training.courses;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** When a renewal expires: early within the window keeps the anniversary; late, or too early, counts from completion. */
class RenewalWindowTest {
    static final Course YEARLY_WITH_WINDOW = new Course("FIRE", "Fire safety", "", 12, true, 60);
    static final Course YEARLY = new Course("FIRE", "Fire safety", "", 12, true, null);
    static final Course ONCE = new Course("INDUCTION", "Induction", "", null, true, null);

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
    void leapDaysFollowTheCalendar() {
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2028-01-20"), d("2028-02-29"))).as("an anniversary of 29 February, renewed early")
                .contains(d("2029-02-28"));
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2029-01-10"), d("2029-02-28"))).as("and kept on the 28th from then on")
                .contains(d("2030-02-28"));
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2028-02-29"), d("2027-12-31"))).as("late, completed on a leap day")
                .contains(d("2029-02-28"));
        Course fourYearly = new Course("NOLAN", "Nolan", "", 48, true, 90);
        assertThat(fourYearly.expiryOf(d("2027-12-15"), d("2028-02-29"))).as("four years on from a leap day is a leap day")
                .contains(d("2032-02-29"));
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2027-12-31"), d("2028-02-29"))).as("the window counts the leap day: 60 days before is 31 December")
                .contains(d("2029-02-28"));
        assertThat(YEARLY_WITH_WINDOW.expiryOf(d("2027-12-30"), d("2028-02-29"))).contains(d("2028-12-30"));
    }
}
