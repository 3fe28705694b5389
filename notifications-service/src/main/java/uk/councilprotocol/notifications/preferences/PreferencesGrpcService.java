package uk.councilprotocol.notifications.preferences;

import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.notifications.v1.GetMyPreferencesRequest;
import uk.councilprotocol.contracts.notifications.v1.MyPreferences;
import uk.councilprotocol.contracts.notifications.v1.PreferencesGrpc;
import uk.councilprotocol.contracts.notifications.v1.SetMyPreferencesRequest;
import uk.councilprotocol.platform.security.GrpcAuthentication;

/** Anyone signed in reads and sets their own delivery choices, topic by topic (their roster id comes from their token). */
@Singleton
public class PreferencesGrpcService extends PreferencesGrpc.PreferencesImplBase {
    private final Preferences preferences;

    public PreferencesGrpcService(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void getMyPreferences(GetMyPreferencesRequest request, StreamObserver<MyPreferences> response) {
        response.onNext(view(preferences.of(GrpcAuthentication.caller().personId())));
        response.onCompleted();
    }

    @Override
    public void setMyPreferences(SetMyPreferencesRequest request, StreamObserver<MyPreferences> response) {
        response.onNext(view(preferences.set(GrpcAuthentication.caller().personId(), request.getDelivery(),
                request.getTraining(), request.getActions())));
        response.onCompleted();
    }

    private static MyPreferences view(Preferences.Choices choices) {
        return MyPreferences.newBuilder().setDelivery(choices.delivery().name()).setTraining(choices.training().name())
                .setActions(choices.actions().name()).build();
    }
}
