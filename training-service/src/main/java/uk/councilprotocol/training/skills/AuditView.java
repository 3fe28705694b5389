package uk.councilprotocol.training.skills;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An audit with its skills, and whether it is still open for answers. */
@Serdeable
public record AuditView(SkillsAudit audit, List<AuditSkill> skills, boolean open) {

    public uk.councilprotocol.contracts.training.v1.SkillsAudit toProto() {
        return uk.councilprotocol.contracts.training.v1.SkillsAudit.newBuilder()
                .setId(audit.id().toString()).setTitle(audit.title()).setClosesOn(audit.closesOn().toString())
                .setGapDueDays(audit.gapDueDays()).setPublishedBy(audit.publishedBy())
                .setPublishedAt(audit.publishedAt().toString()).setOpen(open)
                .addAllSkills(skills.stream().map(AuditSkill::toProto).toList())
                .build();
    }
}
