package uk.councilprotocol.platform.audit;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.platform.v1.AuditGrpc;
import uk.councilprotocol.contracts.platform.v1.ListAuditEntriesRequest;
import uk.councilprotocol.contracts.platform.v1.ListAuditEntriesResponse;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.platform.security.Roles;

/** The same audit log as {@code GET /audit}, over gRPC (the web console reads every service's this way). */
@Singleton
public class AuditGrpcService extends AuditGrpc.AuditImplBase {
    private final AuditLog audit;

    public AuditGrpcService(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void listAuditEntries(ListAuditEntriesRequest request, StreamObserver<ListAuditEntriesResponse> response) {
        GrpcAuthentication.caller().require(Roles.ADMIN, Roles.STANDARDS);
        ListAuditEntriesResponse.Builder reply = ListAuditEntriesResponse.newBuilder();
        audit.page(request.getBeforeId(), request.getQuery(), AuditLog.limit(request.getLimit())).forEach(e -> reply.addEntries(
                uk.councilprotocol.contracts.platform.v1.AuditEntry.newBuilder().setId(e.id()).setAt(Protos.timestamp(e.at()))
                        .setActor(e.actor()).setActorRoles(Protos.orEmpty(e.actorRoles())).setAction(e.action())
                        .setTarget(Protos.orEmpty(e.target())).setOutcome(Protos.orEmpty(e.outcome()))
                        .setSourceAddress(Protos.orEmpty(e.sourceAddress())).setChanges(Protos.orEmpty(e.changes()))));
        response.onNext(reply.build());
        response.onCompleted();
    }
}
