package uk.councilprotocol.training.extensions;

import io.micronaut.core.annotation.Nullable;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonRepository;

import java.util.Optional;

/**
 * Who decides a person's request for more time: their line manager; for a councillor, their group's leader; HR where
 * there is neither (then {@code personId} is null and anyone with the HR role decides).
 */
public record Approver(@Nullable String personId, String role) {
    static final String HR = "HR";

    static Approver of(Person person, PersonRepository people) {
        Optional<Person> manager = Optional.ofNullable(person.lineManagerId()).flatMap(people::findById).filter(Person::active);
        if (manager.isPresent()) {
            return new Approver(manager.get().id(), "line manager");
        }
        return Optional.ofNullable(person.politicalGroup())
                .flatMap(group -> people.findGroupLeader(group, person.id()))
                .map(leader -> new Approver(leader.id(), "group leader"))
                .orElse(new Approver(null, HR));
    }
}
