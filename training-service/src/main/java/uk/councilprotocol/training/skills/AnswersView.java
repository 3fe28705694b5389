package uk.councilprotocol.training.skills;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One councillor's answers to an audit, with the gaps they show. */
@Serdeable
public record AnswersView(UUID auditId, String personId, String personName, List<SkillRating> ratings,
                          List<SkillGap> gaps, Instant answeredAt) {

    public uk.councilprotocol.contracts.training.v1.SkillsAuditAnswers toProto() {
        return uk.councilprotocol.contracts.training.v1.SkillsAuditAnswers.newBuilder()
                .setAuditId(auditId.toString()).setPersonId(personId).setPersonName(personName)
                .addAllRatings(ratings.stream().map(r -> uk.councilprotocol.contracts.training.v1.SkillRating.newBuilder()
                        .setPosition(r.position()).setLevel(r.level()).build()).toList())
                .addAllGaps(gaps.stream().map(SkillGap::toProto).toList())
                .setAnsweredAt(answeredAt.toString())
                .build();
    }
}
