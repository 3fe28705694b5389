package uk.councilprotocol.enquiries.deadlines;

import uk.councilprotocol.platform.time.WorkingDayCalendar;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Protocol 9.1.5: a substantive response is due within 10 working days of receipt. Receipt on a non-working
 * day, or after the working day closes (17:00), counts from the next working day; the response is due by
 * the close of the 10th working day after that. Each by the calendar of the council the work is for.
 */
@Singleton
public class ResponseDeadlines {
    private final CouncilCalendars calendars;
    private final Clock clock;

    public ResponseDeadlines(CouncilCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * @param receivedAt when the enquiry reached the council
     * @param countsFrom the working day the count starts from
     * @param dueDate    the 10th working day after it
     * @param dueAt      the close of that day, as an instant
     * @param provisional counted into a year the council's bank-holiday file does not cover yet (with the regular
     *                    bank holidays): a one-off holiday declared later would move it
     */
    @Serdeable
    public record Deadline(Instant receivedAt, LocalDate countsFrom, LocalDate dueDate, Instant dueAt, int workingDays,
                           boolean provisional) {
    }

    public Deadline dueFor(Instant receivedAt) {
        CouncilCalendars.CouncilCalendar council = calendars.current();
        WorkingDayCalendar calendar = council.days();
        ZonedDateTime local = receivedAt.atZone(clock.getZone());
        LocalDate day = local.toLocalDate();
        boolean countsToday = calendar.isWorkingDay(day) && local.toLocalTime().isBefore(council.closesAt());
        LocalDate countsFrom = countsToday ? day : calendar.onOrAfter(day.plusDays(1));
        LocalDate due = calendar.plusWorkingDays(countsFrom, council.responseWorkingDays());
        Instant dueAt = due.atTime(council.closesAt()).atZone(clock.getZone()).toInstant();
        return new Deadline(receivedAt, countsFrom, due, dueAt, council.responseWorkingDays(), !calendar.covers(due));
    }

    /** The close of the working day on that date, as an instant. */
    public Instant closeOf(LocalDate day) {
        return day.atTime(calendars.current().closesAt()).atZone(clock.getZone()).toInstant();
    }

    /** When the assigned officers are reminded: two working days before the due date. */
    public LocalDate officerReminderDate(LocalDate dueDate) {
        return calendars.current().days().minusWorkingDays(dueDate, 2);
    }

    /** Whether a due date is counted with expected, not known, bank holidays (its year is beyond the council's file). */
    public boolean isProvisional(LocalDate dueDate) {
        return !calendars.current().days().covers(dueDate);
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendars.current().days().isWorkingDay(day);
    }

    /** Working days from one day to another (0 on the same day), e.g. how long a response took. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(to); ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
