package uk.councilprotocol.notifications.preferences;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("preference")
public record Preference(@Id String personId, Delivery delivery, Instant updatedAt) {
}
