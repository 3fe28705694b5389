package uk.councilprotocol.platform.tenancy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A council that has left the deployment: when, by whom, how many rows were erased. No personal data. */
@Serdeable
@MappedEntity("council_closure")
public record CouncilClosure(@Id String council, Instant closedAt, String closedBy, long rowsErased) {
}
