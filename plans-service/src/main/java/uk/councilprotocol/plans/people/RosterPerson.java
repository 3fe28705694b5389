package uk.councilprotocol.plans.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** What plans need to know about a person on the roster: their name (plans name owners) and post. */
@MappedEntity("person")
public record RosterPerson(@Id String personId,
                           String fullName,
                           String email,
                           @Nullable String jobTitle,
                           boolean active,
                           Instant updatedAt) {
}
