package uk.councilprotocol.plans.api;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.plans.v1.Action;
import uk.councilprotocol.contracts.plans.v1.ChangeDueDateRequest;
import uk.councilprotocol.contracts.plans.v1.ChangeOwnerRequest;
import uk.councilprotocol.contracts.plans.v1.CorrectProgressRequest;
import uk.councilprotocol.contracts.plans.v1.MarkMilestoneRequest;
import uk.councilprotocol.contracts.plans.v1.ChangeStatusRequest;
import uk.councilprotocol.contracts.plans.v1.CommitteeReport;
import uk.councilprotocol.contracts.plans.v1.CommitteeReportRequest;
import uk.councilprotocol.contracts.plans.v1.GetActionRequest;
import uk.councilprotocol.contracts.plans.v1.GetPlanRequest;
import uk.councilprotocol.contracts.plans.v1.ImportPlanRequest;
import uk.councilprotocol.contracts.plans.v1.ImportReport;
import uk.councilprotocol.contracts.plans.v1.LinkEvidenceRequest;
import uk.councilprotocol.contracts.plans.v1.ListActionsResponse;
import uk.councilprotocol.contracts.plans.v1.ListDueActionsRequest;
import uk.councilprotocol.contracts.plans.v1.ListDueActionsResponse;
import uk.councilprotocol.contracts.plans.v1.ListMyActionsRequest;
import uk.councilprotocol.contracts.plans.v1.ListPlansRequest;
import uk.councilprotocol.contracts.plans.v1.ListPlansResponse;
import uk.councilprotocol.contracts.plans.v1.OverrideRagRequest;
import uk.councilprotocol.contracts.plans.v1.Plan;
import uk.councilprotocol.contracts.plans.v1.PlansGrpc;
import uk.councilprotocol.contracts.plans.v1.RecordProgressRequest;
import uk.councilprotocol.platform.security.GrpcAuthentication;

import java.util.function.Supplier;

/** The Plans gRPC service: each method hands its message to {@link PlansApi}. */
@Singleton
public class PlansGrpcService extends PlansGrpc.PlansImplBase {
    private final PlansApi api;

    public PlansGrpcService(PlansApi api) {
        this.api = api;
    }

    @Override
    public void importPlan(ImportPlanRequest request, StreamObserver<ImportReport> response) {
        reply(response, () -> api.importPlan(request, GrpcAuthentication.caller()));
    }

    @Override
    public void listPlans(ListPlansRequest request, StreamObserver<ListPlansResponse> response) {
        reply(response, api::listPlans);
    }

    @Override
    public void getPlan(GetPlanRequest request, StreamObserver<Plan> response) {
        reply(response, () -> api.getPlan(request.getPlanId()));
    }

    @Override
    public void getAction(GetActionRequest request, StreamObserver<Action> response) {
        reply(response, () -> api.getAction(request.getActionId()));
    }

    @Override
    public void changeStatus(ChangeStatusRequest request, StreamObserver<Action> response) {
        reply(response, () -> api.changeStatus(request, GrpcAuthentication.caller()));
    }

    @Override
    public void recordProgress(RecordProgressRequest request, StreamObserver<Action> response) {
        reply(response, () -> api.recordProgress(request, GrpcAuthentication.caller()));
    }

    @Override
    public void changeDueDate(ChangeDueDateRequest request, StreamObserver<Action> response) {
        reply(response, () -> api.changeDueDate(request, GrpcAuthentication.caller()));
    }

    @Override
    public void changeOwner(ChangeOwnerRequest request, StreamObserver<Action> response) {
        reply(response, () -> api.changeOwner(request, GrpcAuthentication.caller()));
    }

    @Override
    public void markMilestone(MarkMilestoneRequest request, StreamObserver<Action> response) {
        reply(response, () -> api.markMilestone(request, GrpcAuthentication.caller()));
    }

    @Override
    public void correctProgress(CorrectProgressRequest request, StreamObserver<Action> response) {
        reply(response, () -> api.correctProgress(request, GrpcAuthentication.caller()));
    }

    @Override
    public void overrideRag(OverrideRagRequest request, StreamObserver<Action> response) {
        reply(response, () -> api.overrideRag(request, GrpcAuthentication.caller()));
    }

    @Override
    public void linkEvidence(LinkEvidenceRequest request, StreamObserver<Action> response) {
        reply(response, () -> api.linkEvidence(request, GrpcAuthentication.caller()));
    }

    @Override
    public void listDueActions(ListDueActionsRequest request, StreamObserver<ListDueActionsResponse> response) {
        reply(response, () -> api.listDueActions(request));
    }

    @Override
    public void listMyActions(ListMyActionsRequest request, StreamObserver<ListActionsResponse> response) {
        reply(response, () -> api.listMyActions(GrpcAuthentication.caller()));
    }

    @Override
    public void getCommitteeReport(CommitteeReportRequest request, StreamObserver<CommitteeReport> response) {
        reply(response, () -> api.committeeReport(request));
    }

    private static <T> void reply(StreamObserver<T> response, Supplier<T> answer) {
        response.onNext(answer.get());
        response.onCompleted();
    }
}
