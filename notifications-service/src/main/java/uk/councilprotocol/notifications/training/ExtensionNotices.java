package uk.councilprotocol.notifications.training;

import uk.councilprotocol.notifications.contacts.Contact;
import uk.councilprotocol.notifications.contacts.ContactBook;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.ExtensionDecided;
import uk.councilprotocol.contracts.training.v1.ExtensionRequested;
import uk.councilprotocol.contracts.training.v1.ExtensionStatus;
import uk.councilprotocol.notifications.reminders.Notice;
import uk.councilprotocol.notifications.reminders.ReminderPlanner;

import java.time.Clock;

/**
 * A request for more time on training: its approver is told when it is made (when it has none, HR's people: those
 * the roster gives the role {@code hr}), and the person when it is decided, with the approver copied.
 */
@Singleton
public class ExtensionNotices {
    public static final String SUBJECT = "training-extension";
    static final String REQUESTED = "EXTENSION_REQUESTED";
    static final String APPROVED = "EXTENSION_APPROVED";
    static final String DECLINED = "EXTENSION_DECLINED";

    private final TrainingExtensionRepository extensions;
    private final ReminderPlanner planner;
    private final Clock clock;

    private final ContactBook contacts;

    public ExtensionNotices(TrainingExtensionRepository extensions, ReminderPlanner planner, Clock clock, ContactBook contacts) {
        this.contacts = contacts;
        this.extensions = extensions;
        this.planner = planner;
        this.clock = clock;
    }

    public void onRequested(ExtensionRequested event) {
        TrainingExtension extension = keep(TrainingExtension.of(event.getRequest(), clock.instant()));
        if (extension.approverId() != null) {
            planner.now(SUBJECT, extension.requestId().toString(), extension.approverId(), Notice.of(REQUESTED));
            return;
        }
        // no line manager or group leader: HR decides, and HR's people on the roster are told
        for (Contact hr : contacts.hr()) {
            if (!hr.personId().equals(extension.personId())) {
                planner.now(SUBJECT, extension.requestId().toString(), hr.personId(), Notice.of(REQUESTED));
            }
        }
    }

    public void onDecided(ExtensionDecided event) {
        TrainingExtension extension = keep(TrainingExtension.of(event.getRequest(), clock.instant()));
        String kind = event.getRequest().getStatus() == ExtensionStatus.APPROVED ? APPROVED : DECLINED;
        planner.now(SUBJECT, extension.requestId().toString(), extension.personId(), Notice.of(kind));
    }

    private TrainingExtension keep(TrainingExtension extension) {
        return extensions.existsById(extension.requestId()) ? extensions.update(extension) : extensions.save(extension);
    }
}
