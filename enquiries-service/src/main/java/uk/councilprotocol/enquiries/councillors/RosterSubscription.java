package uk.councilprotocol.enquiries.councillors;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.events.EventRoutes;
import uk.councilprotocol.platform.inbox.EventSubscription;

import java.util.List;

/**
 * Keeps the local copy of the roster that enquiries need, from its events: councillors and co-opted members
 * (who raise enquiries), and officers with their department and whether they are a Chief Officer (9.1.9).
 */
@Factory
public class RosterSubscription {

    @Singleton
    EventSubscription roster(RosterCopy roster) {
        return new EventSubscription("enquiries-service.roster", List.of("training.events.v1"), new EventRoutes()
                .onRuns(PersonRegistered.getDefaultInstance(), run -> roster.rememberAll(run.stream().map(PersonRegistered::getPerson).toList()))
                .onRuns(PersonChanged.getDefaultInstance(), run -> roster.rememberAll(run.stream().map(PersonChanged::getPerson).toList())))
                .atPeoplesPace();
    }
}
