package uk.councilprotocol.training.extensions;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.DecideExtensionRequest;
import uk.councilprotocol.contracts.training.v1.ExtensionRequest;
import uk.councilprotocol.contracts.training.v1.ExtensionsGrpc;
import uk.councilprotocol.contracts.training.v1.GetExtensionRequestRequest;
import uk.councilprotocol.contracts.training.v1.ListExtensionRequestsRequest;
import uk.councilprotocol.contracts.training.v1.ListExtensionRequestsResponse;
import uk.councilprotocol.contracts.training.v1.RequestExtensionRequest;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.security.GrpcAuthentication;

/** Requests for more time over gRPC: a department's HR system, and the console. */
@Singleton
public class ExtensionsGrpcService extends ExtensionsGrpc.ExtensionsImplBase {
    private final Extensions extensions;

    public ExtensionsGrpcService(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public void requestExtension(RequestExtensionRequest request, StreamObserver<ExtensionRequest> response) {
        reply(response, extensions.request(request.getAssignmentId(),
                new ExtensionAsk(request.getRequestedDueDate(), request.getReason()), GrpcAuthentication.caller()));
    }

    @Override
    public void decideExtension(DecideExtensionRequest request, StreamObserver<ExtensionRequest> response) {
        String decision = switch (request.getDecision()) {
            case APPROVE -> "APPROVE";
            case DECLINE -> "DECLINE";
            default -> throw InvalidInputException.of("decision", "is required (APPROVE or DECLINE)");
        };
        reply(response, extensions.decide(request.getRequestId(), new ExtensionDecision(decision, request.getNote()),
                GrpcAuthentication.caller()));
    }

    @Override
    public void getExtensionRequest(GetExtensionRequestRequest request, StreamObserver<ExtensionRequest> response) {
        reply(response, extensions.get(request.getRequestId(), GrpcAuthentication.caller()));
    }

    @Override
    public void listExtensionRequests(ListExtensionRequestsRequest request, StreamObserver<ListExtensionRequestsResponse> response) {
        ExtensionStatus status = switch (request.getStatus()) {
            case PENDING -> ExtensionStatus.PENDING;
            case APPROVED -> ExtensionStatus.APPROVED;
            case DECLINED -> ExtensionStatus.DECLINED;
            default -> null;
        };
        String personId = request.getPersonId().isBlank() ? null : request.getPersonId().strip();
        response.onNext(ListExtensionRequestsResponse.newBuilder()
                .addAllRequests(extensions.list(status, personId, GrpcAuthentication.caller()).stream().map(ExtensionView::toProto).toList())
                .build());
        response.onCompleted();
    }

    private static void reply(StreamObserver<ExtensionRequest> response, ExtensionView view) {
        response.onNext(view.toProto());
        response.onCompleted();
    }
}
