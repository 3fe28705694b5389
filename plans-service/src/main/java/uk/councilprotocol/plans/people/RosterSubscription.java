package uk.councilprotocol.plans.people;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.events.EventRoutes;
import uk.councilprotocol.platform.inbox.EventSubscription;

import java.time.Clock;
import java.util.List;

/**
 * Keeps plans-service's copy of the roster from training-service's person events, and says so in-process
 * ({@link RosterPersonChanged}) for whatever depends on who holds which post.
 */
@Factory
public class RosterSubscription {

    @Singleton
    EventSubscription roster(RosterPersonRepository people, Clock clock, ApplicationEventPublisher<RosterPersonChanged> changes) {
        return new EventSubscription("plans-service.roster", List.of("training.events.v1"), new EventRoutes()
                .on(PersonRegistered.getDefaultInstance(), e -> changes.publishEvent(remember(people, clock, e.getPerson())))
                .on(PersonChanged.getDefaultInstance(), e -> changes.publishEvent(remember(people, clock, e.getPerson()))));
    }

    private static RosterPersonChanged remember(RosterPersonRepository people, Clock clock, Person person) {
        RosterPerson copy = new RosterPerson(person.getId(), person.getFullName(), person.getEmail(),
                Validation.optional(person.getJobTitle()), person.getActive(), clock.instant());
        people.findPostHoldersLock();
        if (people.existsById(copy.personId())) {
            people.update(copy);
        } else {
            people.save(copy);
        }
        return new RosterPersonChanged(copy);
    }
}
