package uk.councilprotocol.enquiries.councillors;

import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.events.EventRoutes;
import uk.councilprotocol.platform.inbox.EventSubscription;

import java.time.Clock;
import java.util.List;

/** Keeps the local copy of councillors and co-opted members from the roster's events; officers are not kept. */
@Singleton
public class RosterSubscription implements EventSubscription {
    private final EventRoutes routes;

    public RosterSubscription(CouncillorRepository councillors, Clock clock) {
        this.routes = new EventRoutes()
                .on(PersonRegistered.getDefaultInstance(), e -> remember(councillors, clock, e.getPerson()))
                .on(PersonChanged.getDefaultInstance(), e -> remember(councillors, clock, e.getPerson()));
    }

    private static void remember(CouncillorRepository councillors, Clock clock, Person person) {
        if (person.getKind() != PersonKind.COUNCILLOR && person.getKind() != PersonKind.CO_OPTED_MEMBER) {
            return;
        }
        Councillor councillor = new Councillor(person.getId(), person.getFullName(), person.getEmail(),
                person.getKind().name(), person.getPoliticalGroup().isBlank() ? null : person.getPoliticalGroup(),
                person.getActive(), clock.instant());
        if (councillors.existsById(councillor.personId())) {
            councillors.update(councillor);
        } else {
            councillors.save(councillor);
        }
    }

    @Override
    public String name() {
        return "enquiries-service.roster";
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
