package uk.councilprotocol.notifications.preferences;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One reminder held for a weekly digest: what its own email would have said. */
@MappedEntity("digest_item")
public record DigestItem(@Id UUID id, String personId, UUID reminderId, String recipient, String subject, String body,
                         Instant heldAt, @Nullable Instant sentAt) {

    public DigestItem sent(Instant now) {
        return new DigestItem(id, personId, reminderId, recipient, subject, body, heldAt, now);
    }
}
