package uk.councilprotocol.notifications.voice;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A council's logo as its admin uploaded it (checked to be a PNG or JPEG image of a sensible size). */
@MappedEntity("council_logo")
public record StoredLogo(@Id String council,
                         byte[] content,
                         String contentType,
                         int width,
                         int height,
                         Instant updatedAt,
                         String updatedBy) {
}
