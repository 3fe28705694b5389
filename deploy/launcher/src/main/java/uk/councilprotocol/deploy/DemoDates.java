package uk.councilprotocol.deploy;

import uk.councilprotocol.platform.time.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Every date the demo data writes, chosen from the business clock's "now" and the council's working-day calendar
 * (the one enquiries-service enforces), so that the demo loads on any day the calendar covers: a bank holiday,
 * a weekend, Christmas Eve.
 *
 * @param today                  completions are recorded as done today
 * @param overdueEnquiryReceived 15 working days ago, so its 10-working-day deadline has passed and it escalates
 * @param recentEnquiryReceived  2 working days ago, in working hours
 * @param verbalEnquiryReceived  three hours ago (logged later the same day, as verbal enquiries are)
 * @param holdingReplyDue        the holding reply's new deadline: 20 working days from today, always a working day
 *                               after the recent enquiry's own deadline (at most 10 working days from today)
 * @param actionDue              an action-plan deadline on a working day just under a month away: its 30-day reminder's
 *                               time (08:00, 30 days before) has passed whatever the hour, so that reminder goes at once
 */
public record DemoDates(LocalDate today, Instant overdueEnquiryReceived, Instant recentEnquiryReceived,
                        Instant verbalEnquiryReceived, LocalDate holdingReplyDue, LocalDate actionDue) {
    static final int OVERDUE_WORKING_DAYS_AGO = 15;
    static final int RECENT_WORKING_DAYS_AGO = 2;
    static final int HOLDING_REPLY_WORKING_DAYS = 20;
    static final int ACTION_DUE_DAYS = 29;

    public static DemoDates choose(ZonedDateTime now, WorkingDayCalendar calendar) {
        LocalDate today = now.toLocalDate();
        return new DemoDates(today,
                inWorkingHours(calendar.minusWorkingDays(today, OVERDUE_WORKING_DAYS_AGO), LocalTime.of(10, 0), now),
                inWorkingHours(calendar.minusWorkingDays(today, RECENT_WORKING_DAYS_AGO), LocalTime.of(11, 30), now),
                now.minusHours(3).toInstant(),
                calendar.plusWorkingDays(today, HOLDING_REPLY_WORKING_DAYS),
                calendar.onOrBefore(today.plusDays(ACTION_DUE_DAYS)));
    }

    private static Instant inWorkingHours(LocalDate day, LocalTime time, ZonedDateTime now) {
        return day.atTime(time).atZone(now.getZone()).toInstant();
    }
}
