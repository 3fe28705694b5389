package uk.councilprotocol.notifications.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An address the mail server refused for good, with its answer, and whose it was when refused. */
@Serdeable
@MappedEntity("undeliverable_address")
public record UndeliverableAddress(@Id String email, @Nullable String personId, String reply, Instant refusedAt) {
}
