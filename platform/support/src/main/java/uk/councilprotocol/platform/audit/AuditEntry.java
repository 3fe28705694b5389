package uk.councilprotocol.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Who did what, when, from where, and how it ended. */
@Serdeable
@MappedEntity("audit_log")
public record AuditEntry(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
                         Instant at,
                         String actor,
                         String actorRoles,
                         String action,
                         String target,
                         String outcome,
                         String sourceAddress,
                         String changes) {
}
