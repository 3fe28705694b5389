package uk.councilprotocol.notifications.preferences;

/** How a person wants to hear about what is coming up. */
public enum Delivery {
    /** Each reminder on its own, when it falls due (the default). */
    IMMEDIATE,
    /** Reminders of what is coming up gathered into one email on Monday morning; urgent notices still go at once. */
    WEEKLY_DIGEST
}
