package uk.councilprotocol.training.skills;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A councillor's own rating of themselves on one skill: 1 new to this, 2 some experience, 3 confident, 4 could help others. */
@Serdeable
@MappedEntity("skills_audit_rating")
public record SkillRating(@Id UUID id,
                          UUID auditId,
                          String personId,
                          int position,
                          int level,
                          Instant answeredAt) {
}
