package uk.councilprotocol.notifications.skills;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import uk.councilprotocol.contracts.training.v1.SkillsAudit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A skills audit councillors are asked to answer, as far as its emails need it: copied from SkillsAuditPublished. */
@MappedEntity("skills_audit")
public record AuditToAnswer(@Id UUID auditId, String title, LocalDate closesOn, int skillCount, Instant publishedAt) {

    static AuditToAnswer of(SkillsAudit audit, Instant now) {
        return new AuditToAnswer(UUID.fromString(audit.getId()), audit.getTitle(), LocalDate.parse(audit.getClosesOn()),
                audit.getSkillsCount(), now);
    }
}
