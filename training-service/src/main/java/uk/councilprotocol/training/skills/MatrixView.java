package uk.councilprotocol.training.skills;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The council's skills matrix for an audit: every councillor's answers, and who has not answered yet. */
@Serdeable
public record MatrixView(AuditView audit, List<AnswersView> answers, List<String> notAnswered) {

    public uk.councilprotocol.contracts.training.v1.SkillsMatrix toProto() {
        return uk.councilprotocol.contracts.training.v1.SkillsMatrix.newBuilder()
                .setAudit(audit.toProto())
                .addAllAnswers(answers.stream().map(AnswersView::toProto).toList())
                .addAllNotAnswered(notAnswered)
                .build();
    }
}
