package uk.councilprotocol.training.buddies;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.BuddiesGrpc;
import uk.councilprotocol.contracts.training.v1.BuddyPairing;
import uk.councilprotocol.contracts.training.v1.EndPairingRequest;
import uk.councilprotocol.contracts.training.v1.ListPairingsRequest;
import uk.councilprotocol.contracts.training.v1.ListPairingsResponse;
import uk.councilprotocol.contracts.training.v1.PairBuddiesRequest;
import uk.councilprotocol.contracts.training.v1.RecordCheckInRequest;
import uk.councilprotocol.contracts.training.v1.SuggestBuddiesRequest;
import uk.councilprotocol.contracts.training.v1.SuggestBuddiesResponse;
import uk.councilprotocol.platform.security.GrpcAuthentication;

/** Buddies over gRPC: the console, and a members' services system. */
@Singleton
public class BuddiesGrpcService extends BuddiesGrpc.BuddiesImplBase {
    private final Buddies buddies;

    public BuddiesGrpcService(Buddies buddies) {
        this.buddies = buddies;
    }

    @Override
    public void suggestBuddies(SuggestBuddiesRequest request, StreamObserver<SuggestBuddiesResponse> response) {
        response.onNext(SuggestBuddiesResponse.newBuilder().addAllSuggestions(buddies.suggest(request.getNewcomerId(),
                GrpcAuthentication.caller()).stream().map(BuddySuggestion::toProto).toList()).build());
        response.onCompleted();
    }

    @Override
    public void pairBuddies(PairBuddiesRequest request, StreamObserver<BuddyPairing> response) {
        reply(response, buddies.pair(new PairingAsk(request.getNewcomerId(), request.getBuddyId()), GrpcAuthentication.caller()));
    }

    @Override
    public void recordCheckIn(RecordCheckInRequest request, StreamObserver<BuddyPairing> response) {
        reply(response, buddies.recordCheckIn(request.getPairingId(), new CheckInAsk(request.getHeldOn(), request.getNote()),
                GrpcAuthentication.caller()));
    }

    @Override
    public void endPairing(EndPairingRequest request, StreamObserver<BuddyPairing> response) {
        reply(response, buddies.end(request.getPairingId(), new EndAsk(request.getReason()), GrpcAuthentication.caller()));
    }

    @Override
    public void listPairings(ListPairingsRequest request, StreamObserver<ListPairingsResponse> response) {
        response.onNext(ListPairingsResponse.newBuilder().addAllPairings(buddies.list(request.getIncludeEnded(),
                GrpcAuthentication.caller()).stream().map(BuddyView::toProto).toList()).build());
        response.onCompleted();
    }

    private static void reply(StreamObserver<BuddyPairing> response, BuddyView view) {
        response.onNext(view.toProto());
        response.onCompleted();
    }
}
