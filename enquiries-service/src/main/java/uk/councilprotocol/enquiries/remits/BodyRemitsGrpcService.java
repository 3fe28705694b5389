package uk.councilprotocol.enquiries.remits;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.enquiries.v1.BodyRemitsGrpc;
import uk.councilprotocol.contracts.enquiries.v1.ListBodyRemitsRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListBodyRemitsResponse;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.GrpcAuthentication;

import java.util.Arrays;

/** {@link BodyRemits} over gRPC, for the console. */
@Singleton
public class BodyRemitsGrpcService extends BodyRemitsGrpc.BodyRemitsImplBase {
    private final BodyRemits remits;

    public BodyRemitsGrpcService(BodyRemits remits) {
        this.remits = remits;
    }

    @Override
    public void listBodyRemits(ListBodyRemitsRequest request, StreamObserver<ListBodyRemitsResponse> response) {
        response.onNext(list(GrpcAuthentication.caller()));
        response.onCompleted();
    }

    @Override
    public void setBodyRemit(uk.councilprotocol.contracts.enquiries.v1.BodyRemit request, StreamObserver<ListBodyRemitsResponse> response) {
        Caller caller = GrpcAuthentication.caller();
        remits.set(request.getBody(), request.getCategoriesList(), caller);
        response.onNext(list(caller));
        response.onCompleted();
    }

    private ListBodyRemitsResponse list(Caller caller) {
        return ListBodyRemitsResponse.newBuilder().addAllCategories(remits.categories()).addAllRemits(remits.all(caller).stream().map(r ->
                uk.councilprotocol.contracts.enquiries.v1.BodyRemit.newBuilder().setBody(r.body())
                        .addAllCategories(Arrays.asList(r.categories())).setUpdatedBy(r.updatedBy()).build()).toList()).build();
    }
}
