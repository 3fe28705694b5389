package uk.councilprotocol.plans.people;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.events.EventRoutes;
import uk.councilprotocol.platform.events.Runs;
import uk.councilprotocol.platform.inbox.EventSubscription;
import uk.councilprotocol.platform.rows.RowsInsert;
import uk.councilprotocol.platform.tenancy.CouncilStatistics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Keeps plans-service's copy of the roster from training-service's person events, and says so in-process
 * ({@link RosterPeopleChanged}) for whatever depends on who holds which post. A run of events (a roster import's)
 * takes the council's post-holders lock once and writes its people in one statement: one event at a time, the
 * consumers had queued on that lock for each person.
 */
@Factory
public class RosterSubscription {
    private static final RowsInsert<RosterPerson> ROWS = RowsInsert.into("person", RosterPerson.class)
            .column("person_id", "text", RosterPerson::personId)
            .column("full_name", "text", RosterPerson::fullName)
            .column("email", "text", RosterPerson::email)
            .column("job_title", "text", RosterPerson::jobTitle)
            .column("active", "boolean", RosterPerson::active)
            .column("updated_at", "timestamptz", RosterPerson::updatedAt);

    @Singleton
    EventSubscription roster(RosterPersonRepository people, JdbcOperations jdbc, Clock clock,
                             ApplicationEventPublisher<RosterPeopleChanged> changes, CouncilStatistics statistics) {
        return new EventSubscription("plans-service.roster", List.of("training.events.v1"), new EventRoutes()
                .onRuns(PersonRegistered.getDefaultInstance(), run -> changes.publishEvent(
                        remember(people, jdbc, statistics, clock.instant(), run.stream().map(PersonRegistered::getPerson).toList())))
                .onRuns(PersonChanged.getDefaultInstance(), run -> changes.publishEvent(
                        remember(people, jdbc, statistics, clock.instant(), run.stream().map(PersonChanged::getPerson).toList()))))
                .atPeoplesPace();
    }

    private static RosterPeopleChanged remember(RosterPersonRepository people, JdbcOperations jdbc, CouncilStatistics statistics,
                                                Instant now, List<Person> run) {
        List<RosterPerson> copies = Runs.lastOfEach(run, Person::getId).stream().map(person -> new RosterPerson(
                person.getId(), person.getFullName(), person.getEmail(), Validation.optional(person.getJobTitle()),
                person.getActive(), now)).toList();
        people.findPostHoldersLock();
        ROWS.upsert(jdbc.getConnection(), copies, "council", "person_id");
        statistics.keepCurrent(jdbc.getConnection(), "person", copies.size());
        return new RosterPeopleChanged(copies);
    }
}
