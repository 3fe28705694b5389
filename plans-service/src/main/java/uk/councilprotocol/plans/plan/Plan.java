package uk.councilprotocol.plans.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action plan as adopted: "Protocol on Councillor/Officer Relations action plan", by the Standards Committee. */
@MappedEntity("plan")
public record Plan(@Id UUID id,
                   String title,
                   @Nullable String councilName,
                   @Nullable LocalDate adoptedOn,
                   @Nullable String sourceBody,
                   Instant createdAt) {
}
