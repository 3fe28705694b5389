package uk.councilprotocol.notifications.reminders;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reminders the SMTP server accepted whose "sent" could not be written, because the database went away between the
 * send and the commit. The dispatcher's next attempt records them as sent instead of sending them again, so a
 * database outage never sends an email twice (the fault suite found one that did). Held in memory: it covers an
 * outage this replica lives through, not this replica dying in the milliseconds between the two.
 */
@Singleton
class UnrecordedSends {
    private final Map<UUID, Instant> sentAt = new ConcurrentHashMap<>();

    Optional<Instant> sentAt(UUID reminder) {
        return Optional.ofNullable(sentAt.get(reminder));
    }

    void sent(UUID reminder, Instant at) {
        sentAt.put(reminder, at);
    }

    /** Once the batch that recorded them has committed. */
    void recorded(Collection<UUID> reminders) {
        reminders.forEach(sentAt::remove);
    }
}
