package uk.councilprotocol.enquiries.routing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** Enquiries of this category (in this ward, if given) go to this department and, by default, this officer. */
@Serdeable
@MappedEntity("routing_rule")
public record RoutingRule(@Id UUID id,
                          String category,
                          @Nullable String ward,
                          String department,
                          @Nullable String defaultOfficerId,
                          Instant createdAt) {
}
