package uk.councilprotocol.enquiries.councillors;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.events.EventRoutes;
import uk.councilprotocol.platform.inbox.EventSubscription;

import java.time.Clock;
import java.util.List;

/**
 * Keeps the local copy of the roster that enquiries need, from its events: councillors and co-opted members
 * (who raise enquiries), and officers with their department and whether they are a Chief Officer (9.1.9).
 */
@Factory
public class RosterSubscription {

    @Singleton
    EventSubscription roster(CouncillorRepository councillors, OfficerRepository officers, Clock clock) {
        return new EventSubscription("enquiries-service.roster", List.of("training.events.v1"), new EventRoutes()
                .on(PersonRegistered.getDefaultInstance(), e -> remember(councillors, officers, clock, e.getPerson()))
                .on(PersonChanged.getDefaultInstance(), e -> remember(councillors, officers, clock, e.getPerson())));
    }

    private static void remember(CouncillorRepository councillors, OfficerRepository officers, Clock clock, Person person) {
        if (person.getKind() == PersonKind.OFFICER) {
            Officer officer = new Officer(person.getId(), person.getFullName(),
                    Validation.optional(person.getDepartment()),
                    person.getRolesList().contains("chief-officer"), person.getActive(), clock.instant());
            if (officers.existsById(officer.personId())) {
                officers.update(officer);
            } else {
                officers.save(officer);
            }
            return;
        }
        Councillor councillor = new Councillor(person.getId(), person.getFullName(), person.getEmail(),
                person.getKind().name(), Validation.optional(person.getPoliticalGroup()),
                person.getActive(), clock.instant(), person.getRolesList().toArray(String[]::new));
        if (councillors.existsById(councillor.personId())) {
            councillors.update(councillor);
        } else {
            councillors.save(councillor);
        }
    }
}
