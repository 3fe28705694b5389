package uk.councilprotocol.enquiries.councillors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An officer as the roster last described them: enough to find a department's Chief Officers. */
@MappedEntity("officer")
public record Officer(@Id String personId,
                      String fullName,
                      @Nullable String department,
                      boolean chiefOfficer,
                      boolean active,
                      Instant updatedAt) {
}
