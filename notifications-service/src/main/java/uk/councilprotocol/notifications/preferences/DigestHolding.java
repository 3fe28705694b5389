package uk.councilprotocol.notifications.preferences;

import jakarta.inject.Singleton;
import uk.councilprotocol.notifications.mail.OutgoingMail;
import uk.councilprotocol.notifications.reminders.Holding;
import uk.councilprotocol.notifications.reminders.Reminder;

import java.time.Instant;
import java.util.UUID;

/** Someone who chose the weekly summary for a topic has its reminders kept for Monday's digest (never overdue or copied notices). */
@Singleton
public class DigestHolding implements Holding {
    private final Preferences preferences;
    private final DigestItemRepository digests;

    public DigestHolding(Preferences preferences, DigestItemRepository digests) {
        this.preferences = preferences;
        this.digests = digests;
    }

    @Override
    public boolean holdsForLater(Reminder reminder, OutgoingMail mail, Instant now) {
        if (!preferences.holdsForDigest(reminder.personId(), reminder.subjectType(), reminder.kind(), !mail.cc().isEmpty())) {
            return false;
        }
        digests.save(new DigestItem(UUID.randomUUID(), reminder.personId(), reminder.id(), mail.to(), mail.subject(), mail.body(), now, null));
        return true;
    }
}
