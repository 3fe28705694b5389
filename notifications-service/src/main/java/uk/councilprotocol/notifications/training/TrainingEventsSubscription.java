package uk.councilprotocol.notifications.training;

import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.AssignmentCancelled;
import uk.councilprotocol.contracts.training.v1.AssignmentCreated;
import uk.councilprotocol.contracts.training.v1.CompletionRecorded;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.notifications.contacts.ContactBook;
import uk.councilprotocol.platform.events.EventRoutes;
import uk.councilprotocol.platform.inbox.EventSubscription;

import java.util.List;

/** What notifications-service takes from training-service: people to write to, and assignments to remind them of. */
@Singleton
public class TrainingEventsSubscription implements EventSubscription {
    private final EventRoutes routes;

    public TrainingEventsSubscription(ContactBook contacts, TrainingReminders reminders) {
        this.routes = new EventRoutes()
                .on(PersonRegistered.getDefaultInstance(), e -> contacts.remember(e.getPerson()))
                .on(PersonChanged.getDefaultInstance(), e -> contacts.remember(e.getPerson()))
                .on(AssignmentCreated.getDefaultInstance(), reminders::onCreated)
                .on(AssignmentCancelled.getDefaultInstance(), reminders::onCancelled)
                .on(CompletionRecorded.getDefaultInstance(), reminders::onCompleted);
    }

    @Override
    public String name() {
        return "notifications-service.training";
    }

    @Override
    public List<String> topics() {
        return List.of("training.events.v1");
    }

    @Override
    public EventRoutes routes() {
        return routes;
    }
}
