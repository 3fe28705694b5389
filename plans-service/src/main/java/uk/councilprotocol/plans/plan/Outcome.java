package uk.councilprotocol.plans.plan;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** What a theme aims at: "Councillors who are equipped to support the delivery of the Council's aims ...". */
@MappedEntity("outcome")
public record Outcome(@Id UUID id, UUID themeId, int position, String text) {
}
