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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps plans-service's copy of the roster from training-service's person events, and says so in-process
 * ({@link RosterPeopleChanged}) for whatever depends on who holds which post. A run of events (a roster import's)
 * takes the council's post-holders lock once and writes its people in two statements: one event at a time, the
 * consumers had queued on that lock for each person.
 */
@Factory
public class RosterSubscription {

    @Singleton
    EventSubscription roster(RosterPersonRepository people, Clock clock, ApplicationEventPublisher<RosterPeopleChanged> changes) {
        return new EventSubscription("plans-service.roster", List.of("training.events.v1"), new EventRoutes()
                .onRuns(PersonRegistered.getDefaultInstance(), run -> changes.publishEvent(
                        remember(people, clock.instant(), run.stream().map(PersonRegistered::getPerson).toList())))
                .onRuns(PersonChanged.getDefaultInstance(), run -> changes.publishEvent(
                        remember(people, clock.instant(), run.stream().map(PersonChanged::getPerson).toList()))));
    }

    private static RosterPeopleChanged remember(RosterPersonRepository people, Instant now, List<Person> run) {
        // the latest of each person's events in the run is what they are now
        Map<String, RosterPerson> copies = new LinkedHashMap<>();
        for (Person person : run) {
            copies.remove(person.getId());
            copies.put(person.getId(), new RosterPerson(person.getId(), person.getFullName(), person.getEmail(),
                    Validation.optional(person.getJobTitle()), person.getActive(), now));
        }
        people.findPostHoldersLock();
        Set<String> known = new HashSet<>();
        people.findByPersonIdIn(List.copyOf(copies.keySet())).forEach(p -> known.add(p.personId()));
        List<RosterPerson> changed = new ArrayList<>();
        List<RosterPerson> added = new ArrayList<>();
        copies.values().forEach(copy -> (known.contains(copy.personId()) ? changed : added).add(copy));
        if (!changed.isEmpty()) {
            people.updateAll(changed);
        }
        if (!added.isEmpty()) {
            people.saveAll(added);
        }
        return new RosterPeopleChanged(List.copyOf(copies.values()));
    }
}
