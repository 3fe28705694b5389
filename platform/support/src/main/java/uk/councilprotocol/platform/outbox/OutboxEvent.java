package uk.councilprotocol.platform.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in (or already relayed from) the service's own outbox table, with the council it belongs to and the
 * trace of the change it describes.
 */
@MappedEntity("outbox_event")
public record OutboxEvent(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
                          UUID eventId,
                          String topic,
                          String aggregateType,
                          String aggregateId,
                          String eventType,
                          byte[] payload,
                          Instant occurredAt,
                          @Nullable Instant publishedAt,
                          String council,
                          @Nullable String traceParent) {
}
