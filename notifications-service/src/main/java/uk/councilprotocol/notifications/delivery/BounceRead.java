package uk.councilprotocol.notifications.delivery;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A bounce taken from the bounce mailbox by one replica, by the bounce's own Message-ID. */
@MappedEntity("bounce_read")
public record BounceRead(@Id String bounceId, Instant readAt) {
}
