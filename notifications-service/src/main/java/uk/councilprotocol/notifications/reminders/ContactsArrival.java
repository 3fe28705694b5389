package uk.councilprotocol.notifications.reminders;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.platform.tenancy.Councils;

/**
 * Releases what was held for people once their details are committed, in a transaction of its own. Released inside
 * the transaction that wrote the details, a dispatcher could still read them as missing meanwhile (not yet
 * committed), and hold a reminder the release, already past, never saw — until its second look, minutes later.
 * After the commit, a dispatcher that read them as missing has either committed its hold, which the release sees, or
 * holds the reminder still, which the release waits for.
 */
@Singleton
class ContactsArrival {
    private static final Logger LOG = LoggerFactory.getLogger(ContactsArrival.class);

    private final ReminderPlanner planner;

    ContactsArrival(ReminderPlanner planner) {
        this.planner = planner;
    }

    @TransactionalEventListener
    void afterCommit(ContactBook.ContactsRemembered contacts) {
        try {
            Councils.runAs(contacts.council(), () -> planner.releaseFor(contacts.personIds()));
        } catch (RuntimeException e) {
            // the details are in; what waited for them goes at its second look instead
            LOG.warn("Could not release what waited for {} people's details: {}", contacts.personIds().size(), e.toString());
        }
    }
}
