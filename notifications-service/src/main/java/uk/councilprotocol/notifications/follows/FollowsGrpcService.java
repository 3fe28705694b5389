package uk.councilprotocol.notifications.follows;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.notifications.v1.FollowRequest;
import uk.councilprotocol.contracts.notifications.v1.Followed;
import uk.councilprotocol.contracts.notifications.v1.FollowsGrpc;
import uk.councilprotocol.contracts.notifications.v1.ListMyFollowsRequest;
import uk.councilprotocol.contracts.notifications.v1.MyFollows;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.security.GrpcAuthentication;

import java.util.List;

/** {@link FollowsController} over gRPC, for the console. */
@Singleton
public class FollowsGrpcService extends FollowsGrpc.FollowsImplBase {
    private final Follows follows;

    public FollowsGrpcService(Follows follows) {
        this.follows = follows;
    }

    @Override
    public void listMyFollows(ListMyFollowsRequest request, StreamObserver<MyFollows> response) {
        reply(response, follows.mine(GrpcAuthentication.caller()));
    }

    @Override
    public void follow(FollowRequest request, StreamObserver<MyFollows> response) {
        reply(response, follows.follow(request.getKind(), request.getId(), GrpcAuthentication.caller()));
    }

    @Override
    public void unfollow(FollowRequest request, StreamObserver<MyFollows> response) {
        reply(response, follows.unfollow(request.getKind(), request.getId(), GrpcAuthentication.caller()));
    }

    private static void reply(StreamObserver<MyFollows> response, List<Follows.Followed> followed) {
        response.onNext(MyFollows.newBuilder().addAllFollowing(followed.stream().map(f -> Followed.newBuilder().setKind(f.kind())
                .setId(f.id().toString()).setTitle(f.title()).setFollowedAt(Protos.timestamp(f.followedAt())).build()).toList()).build());
        response.onCompleted();
    }
}
