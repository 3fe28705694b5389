package uk.councilprotocol.notifications.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** What this service needs to know about a person to write to them: kept from roster events. */
@MappedEntity("contact")
public record Contact(@Id String personId,
                      String fullName,
                      String email,
                      String kind,
                      @Nullable String department,
                      @Nullable String lineManagerId,
                      @Nullable String jobTitle,
                      boolean active,
                      Instant updatedAt) {
}
