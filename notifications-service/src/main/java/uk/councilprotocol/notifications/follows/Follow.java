package uk.councilprotocol.notifications.follows;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A person following an action plan or one action. {@code subjectType} PLAN or ACTION. */
@MappedEntity("follow")
public record Follow(@Id UUID id, String personId, String subjectType, UUID subjectId, Instant followedAt) {
}
