package uk.councilprotocol.notifications.reminders;

import uk.councilprotocol.notifications.mail.OutgoingMail;

import java.time.Instant;

/**
 * Whether a reminder that is due goes now or is kept to go later (in a person's weekly summary). The dispatcher asks;
 * whoever knows people's choices answers ({@code preferences}), so reminders never depend on how choices are kept.
 */
public interface Holding {

    /** Keeps the reminder's mail to send later and says so, or says no and keeps nothing. Runs in the sending transaction. */
    boolean holdsForLater(Reminder reminder, OutgoingMail mail, Instant now);
}
