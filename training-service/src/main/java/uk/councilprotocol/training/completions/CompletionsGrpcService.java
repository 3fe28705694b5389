package uk.councilprotocol.training.completions;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.contracts.training.v1.RecordCompletionResponse;
import uk.councilprotocol.training.assignments.Assignment;

/** How a department's own systems report training done. */
@Singleton
public class CompletionsGrpcService extends CompletionsGrpc.CompletionsImplBase {
    private final CompletionService service;

    public CompletionsGrpcService(CompletionService service) {
        this.service = service;
    }

    @Override
    public void recordCompletion(RecordCompletionRequest request, StreamObserver<RecordCompletionResponse> response) {
        CompletionService.Recorded recorded = service.record(new CompletionRequest(request.getPersonId(),
                request.getCourseCode(), request.getCompletedOn(), request.getProvider(), request.getEvidenceReference()),
                GrpcAuthentication.caller());
        RecordCompletionResponse.Builder reply = RecordCompletionResponse.newBuilder()
                .setCompletion(recorded.completion().toProto())
                .setFulfilledAssignmentId(recorded.fulfilledAssignment().map(Object::toString).orElse(""));
        recorded.next().map(Assignment::toProto).ifPresent(reply::setNextAssignment);
        response.onNext(reply.build());
        response.onCompleted();
    }
}
