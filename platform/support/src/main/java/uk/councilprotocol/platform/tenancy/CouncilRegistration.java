package uk.councilprotocol.platform.tenancy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A council the platform operator onboarded: served from then on, beside the councils configured. */
@Serdeable
@MappedEntity("council_registration")
public record CouncilRegistration(@Id String council, Instant registeredAt, String registeredBy) {
}
