package uk.councilprotocol.console.backend;

import io.grpc.StatusRuntimeException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.console.signin.CouncilNameSource;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.contracts.notifications.v1.GetCouncilNameRequest;

import java.util.Optional;

/** {@link CouncilNameSource} from notifications-service, over gRPC as the person signing in. */
@Singleton
public class CouncilNamesFromSettings implements CouncilNameSource {
    private static final Logger LOG = LoggerFactory.getLogger(CouncilNamesFromSettings.class);

    private final Backends backends;

    public CouncilNamesFromSettings(Backends backends) {
        this.backends = backends;
    }

    @Override
    public Optional<String> nameFor(Session session) {
        if (session.operator()) {
            return Optional.empty();   // belongs to no council
        }
        try {
            String name = backends.councilVoice(session).getCouncilName(GetCouncilNameRequest.getDefaultInstance()).getCouncilName();
            return name.isBlank() ? Optional.empty() : Optional.of(name);
        } catch (StatusRuntimeException e) {
            // signing in never waits on notifications: the configured name stands
            LOG.warn("Could not read the council's name: {}", e.getStatus());
            return Optional.empty();
        }
    }
}
