package uk.councilprotocol.notifications.preferences;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.notifications.v1.GetMyPreferencesRequest;
import uk.councilprotocol.contracts.notifications.v1.MyPreferences;
import uk.councilprotocol.contracts.notifications.v1.PreferencesGrpc;
import uk.councilprotocol.contracts.notifications.v1.SetMyPreferencesRequest;
import uk.councilprotocol.platform.security.GrpcAuthentication;

/** Anyone signed in reads and sets their own delivery preference (their roster id comes from their token). */
@Singleton
public class PreferencesGrpcService extends PreferencesGrpc.PreferencesImplBase {
    private final Preferences preferences;

    public PreferencesGrpcService(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void getMyPreferences(GetMyPreferencesRequest request, StreamObserver<MyPreferences> response) {
        Delivery delivery = preferences.of(GrpcAuthentication.caller().personId());
        response.onNext(MyPreferences.newBuilder().setDelivery(delivery.name()).build());
        response.onCompleted();
    }

    @Override
    public void setMyPreferences(SetMyPreferencesRequest request, StreamObserver<MyPreferences> response) {
        Delivery delivery = preferences.set(GrpcAuthentication.caller().personId(), request.getDelivery());
        response.onNext(MyPreferences.newBuilder().setDelivery(delivery.name()).build());
        response.onCompleted();
    }
}
