package uk.councilprotocol.plans.people;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.events.EventRoutes;
import uk.councilprotocol.platform.inbox.EventSubscription;

import java.time.Clock;
import java.util.List;

/** Keeps plans-service's copy of the roster from training-service's person events. */
@Factory
public class RosterSubscription {

    @Singleton
    EventSubscription roster(RosterPersonRepository people, Clock clock) {
        return new EventSubscription("plans-service.roster", List.of("training.events.v1"), new EventRoutes()
                .on(PersonRegistered.getDefaultInstance(), e -> remember(people, clock, e.getPerson()))
                .on(PersonChanged.getDefaultInstance(), e -> remember(people, clock, e.getPerson())));
    }

    private static void remember(RosterPersonRepository people, Clock clock, Person person) {
        RosterPerson copy = new RosterPerson(person.getId(), person.getFullName(), person.getEmail(),
                Validation.optional(person.getJobTitle()), person.getActive(), clock.instant());
        if (people.existsById(copy.personId())) {
            people.update(copy);
        } else {
            people.save(copy);
        }
    }
}
