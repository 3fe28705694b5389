package uk.councilprotocol.platform.inbox;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("processed_event")
public record ProcessedEvent(@EmbeddedId Key key, String eventType, String outcome, Instant processedAt) {

    @Embeddable
    public record Key(String consumer, String eventId) {
    }
}
