package uk.councilprotocol.notifications.reminders;

public enum ReminderStatus {
    /** Waiting for its time (or for a retry after a failed send). */
    PENDING,
    SENT,
    /** The thing it was about was done or withdrawn first. */
    CANCELLED,
    /** Its time had already passed when it was planned, or there was nobody to write to. */
    SKIPPED,
    /**
     * Held for the person's weekly digest (their preference); SENT once the digest carrying it goes, and cancelled
     * like a pending one if what it is about is done first (the digest then leaves it out).
     */
    DIGESTED,
    /** The mail server refused it for good (no such mailbox), or it could not be delivered within 72 hours: not tried again. */
    FAILED
}
