package uk.councilprotocol.notifications.follows;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A change to an action its followers are told of: PROGRESS, CORRECTION, STATUS or DEADLINE, and what it was in words. */
@MappedEntity("action_change")
public record ActionChange(@Id UUID id, UUID actionId, String kind, String detail, Instant changedAt) {
}
