package uk.councilprotocol.notifications.preferences;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person's choices: {@code delivery} for every topic, unless the topic has a choice of its own. */
@MappedEntity("preference")
public record Preference(@Id String personId,
                         Delivery delivery,
                         @Nullable Delivery trainingDelivery,
                         @Nullable Delivery actionsDelivery,
                         Instant updatedAt) {

    public Delivery of(Topic topic) {
        Delivery own = switch (topic) {
            case TRAINING -> trainingDelivery;
            case ACTIONS -> actionsDelivery;
        };
        return own == null ? delivery : own;
    }
}
