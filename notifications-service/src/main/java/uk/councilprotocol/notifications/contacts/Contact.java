package uk.councilprotocol.notifications.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** What this service needs to know about a person to write to them (and whom to copy): kept from roster events. */
@MappedEntity("contact")
public record Contact(@Id String personId,
                      String fullName,
                      String email,
                      String kind,
                      @Nullable String department,
                      @Nullable String lineManagerId,
                      @Nullable String jobTitle,
                      @Nullable String politicalGroup,
                      @TypeDef(type = DataType.STRING_ARRAY) String[] roles,
                      boolean active,
                      Instant updatedAt) {
}
