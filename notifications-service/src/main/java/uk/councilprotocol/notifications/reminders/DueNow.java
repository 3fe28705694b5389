package uk.councilprotocol.notifications.reminders;

/** A reminder of this council's was planned to go at once (an acknowledgement, say): the dispatcher need not wait. */
public record DueNow(String council) {
}
