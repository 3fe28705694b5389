package uk.councilprotocol.notifications.reminders;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Keeping a deadline in someone's calendar true once a reminder has put it there (a reminder before the deadline
 * carries it as an event): when the deadline moves, the moved event goes at once; when the training is done or the
 * action closed, a cancellation. Nothing is sent to someone whose calendar never had it.
 */
@Singleton
public class CalendarChanges {
    /** The deadline moved: the event in the person's calendar is moved. */
    public static final String MOVED = "CALENDAR_MOVED";
    /** Done, closed or withdrawn: the event is taken out of the person's calendar. */
    public static final String REMOVED = "CALENDAR_REMOVED";

    private final ReminderRepository reminders;
    private final ReminderPlanner planner;

    public CalendarChanges(ReminderRepository reminders, ReminderPlanner planner) {
        this.reminders = reminders;
        this.planner = planner;
    }

    /** Both answer something just done, so neither waits for the sending hours or a weekly summary. */
    public static boolean isChange(String kind) {
        return MOVED.equals(kind) || REMOVED.equals(kind);
    }

    /** Sends the moved event, if the person's calendar has the deadline; once per new deadline. */
    public void moved(String subjectType, String subjectId, String personId, LocalDate deadline) {
        lastSent(subjectType, subjectId, personId).ifPresent(sent ->
                planner.now(subjectType, subjectId, personId, Notice.about(MOVED, deadline)));
    }

    /** Sends the cancellation, if the person's calendar has the deadline; once for the event as last sent, however often it is asked. */
    public void removed(String subjectType, String subjectId, String personId) {
        lastSent(subjectType, subjectId, personId).ifPresent(sent ->
                planner.now(subjectType, subjectId, personId, Notice.on(REMOVED, sent)));
    }

    /** When an email last put or moved the deadline in this person's calendar. */
    private Optional<Instant> lastSent(String subjectType, String subjectId, String personId) {
        return Optional.ofNullable(reminders.lastCalendarSend(subjectType, subjectId, personId, MOVED));
    }
}
