package uk.councilprotocol.notifications.templates;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One saved version of a council's wording for one kind of email. */
@MappedEntity("notice_template")
public record StoredTemplate(@Id UUID id, String kind, int version, String subject, String body, Instant savedAt, String savedBy) {

    Wording wording() {
        return new Wording(subject, body);
    }
}
