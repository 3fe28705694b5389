package uk.councilprotocol.training.roster;

import jakarta.inject.Singleton;

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

    public List<Person> list(String department, PersonKind kind, boolean includeInactive) {
        List<Person> all = includeInactive ? people.listOrderByFullName() : people.findByActiveTrueOrderByFullName();
        return all.stream()
                .filter(p -> department == null || department.equalsIgnoreCase(p.department()))
                .filter(p -> kind == null || kind == p.kind())
                .toList();
    }
}
