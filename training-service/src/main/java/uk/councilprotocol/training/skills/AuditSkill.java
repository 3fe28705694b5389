package uk.councilprotocol.training.skills;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.platform.grpc.Protos;

import java.util.UUID;

/** One skill an audit asks about: the level the council needs, and the course that closes a gap in it. */
@Serdeable
@MappedEntity("skills_audit_skill")
public record AuditSkill(@Id UUID id,
                         UUID auditId,
                         int position,
                         String name,
                         String description,
                         int neededLevel,
                         @Nullable String courseCode,
                         boolean gapRequiresCourse) {

    uk.councilprotocol.contracts.training.v1.AuditSkill toProto() {
        return uk.councilprotocol.contracts.training.v1.AuditSkill.newBuilder()
                .setPosition(position).setName(name).setDescription(description).setNeededLevel(neededLevel)
                .setCourseCode(Protos.orEmpty(courseCode)).setGapRequiresCourse(gapRequiresCourse)
                .build();
    }
}
