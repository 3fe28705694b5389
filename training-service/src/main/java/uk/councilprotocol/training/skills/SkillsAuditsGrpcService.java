package uk.councilprotocol.training.skills;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.AnswerAuditRequest;
import uk.councilprotocol.contracts.training.v1.GetMyAnswersRequest;
import uk.councilprotocol.contracts.training.v1.GetSkillsMatrixRequest;
import uk.councilprotocol.contracts.training.v1.ListAuditsRequest;
import uk.councilprotocol.contracts.training.v1.ListAuditsResponse;
import uk.councilprotocol.contracts.training.v1.PublishAuditRequest;
import uk.councilprotocol.contracts.training.v1.SkillsAudit;
import uk.councilprotocol.contracts.training.v1.SkillsAuditAnswers;
import uk.councilprotocol.contracts.training.v1.SkillsAuditsGrpc;
import uk.councilprotocol.contracts.training.v1.SkillsMatrix;
import uk.councilprotocol.platform.security.GrpcAuthentication;

/** The skills audit over gRPC: the console, and a members' services system. */
@Singleton
public class SkillsAuditsGrpcService extends SkillsAuditsGrpc.SkillsAuditsImplBase {
    private final SkillsAudits audits;

    public SkillsAuditsGrpcService(SkillsAudits audits) {
        this.audits = audits;
    }

    @Override
    public void publishAudit(PublishAuditRequest request, StreamObserver<SkillsAudit> response) {
        PublishAsk ask = new PublishAsk(request.getTitle(), request.getClosesOn(), request.getGapDueDays(),
                request.getSkillsList().stream().map(s -> new PublishAsk.SkillAsk(s.getName(), s.getDescription(),
                        s.getNeededLevel(), s.getCourseCode(), s.getGapRequiresCourse())).toList());
        response.onNext(audits.publish(ask, GrpcAuthentication.caller()).toProto());
        response.onCompleted();
    }

    @Override
    public void listAudits(ListAuditsRequest request, StreamObserver<ListAuditsResponse> response) {
        response.onNext(ListAuditsResponse.newBuilder().addAllAudits(audits.list(GrpcAuthentication.caller()).stream()
                .map(AuditView::toProto).toList()).build());
        response.onCompleted();
    }

    @Override
    public void answerAudit(AnswerAuditRequest request, StreamObserver<SkillsAuditAnswers> response) {
        AnswerAsk ask = new AnswerAsk(request.getRatingsList().stream()
                .map(r -> new AnswerAsk.Rating(r.getPosition(), r.getLevel())).toList());
        response.onNext(audits.answer(request.getAuditId(), ask, GrpcAuthentication.caller()).toProto());
        response.onCompleted();
    }

    @Override
    public void getMyAnswers(GetMyAnswersRequest request, StreamObserver<SkillsAuditAnswers> response) {
        response.onNext(audits.mine(request.getAuditId(), GrpcAuthentication.caller()).toProto());
        response.onCompleted();
    }

    @Override
    public void getSkillsMatrix(GetSkillsMatrixRequest request, StreamObserver<SkillsMatrix> response) {
        response.onNext(audits.matrix(request.getAuditId(), GrpcAuthentication.caller()).toProto());
        response.onCompleted();
    }
}
