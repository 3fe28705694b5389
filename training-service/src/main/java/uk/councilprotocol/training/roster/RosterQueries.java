package uk.councilprotocol.training.roster;

import jakarta.inject.Singleton;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;

import java.util.List;
import java.util.Optional;

@Singleton
public class RosterQueries {
    private final PersonRepository people;

    public RosterQueries(PersonRepository people) {
        this.people = people;
    }

    public Optional<Person> find(String id) {
        return people.findById(id);
    }

    /** The person, if the caller may see them. */
    public Person visibleTo(Caller caller, String id) {
        Person person = people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
        PersonAccess.requireRead(caller, person);
        return person;
    }

    /** Everyone the caller may see: all for HR and the Monitoring Officer, a department its own people. */
    public List<Person> list(Caller caller, String department, PersonKind kind, boolean includeInactive) {
        if (!PersonAccess.seesEveryone(caller) && caller.departments().isEmpty()) {
            throw new ForbiddenException("listing the roster needs the hr, standards or a department role");
        }
        List<Person> all = includeInactive ? people.listOrderByFullName() : people.findByActiveTrueOrderByFullName();
        return all.stream()
                .filter(p -> PersonAccess.seesEveryone(caller) || caller.actsFor(p.department()))
                .filter(p -> department == null || department.equalsIgnoreCase(p.department()))
                .filter(p -> kind == null || kind == p.kind())
                .toList();
    }
}
