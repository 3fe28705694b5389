package uk.councilprotocol.plans.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A theme of a plan (the seed's "family"), with its lead: "Skills, Learning, & Development (FAMILY LEAD: SUE PUTT)". */
@MappedEntity("theme")
public record Theme(@Id UUID id,
                    UUID planId,
                    int position,
                    String name,
                    @Nullable String description,
                    @Nullable String leadName,
                    @Nullable String leadPersonId) {
}
