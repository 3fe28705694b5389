package uk.councilprotocol.console.councils;

import io.grpc.StatusRuntimeException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.contracts.notifications.v1.CouncilLogo;
import uk.councilprotocol.contracts.notifications.v1.GetCouncilLogoRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Each council's logo as notifications-service keeps it, read with the signed-in person's token and kept for a minute
 * per council, so a page's header does not ask the service every time (and a new logo shows within the minute).
 */
@Singleton
public class CouncilLogoCache {
    private static final Logger LOG = LoggerFactory.getLogger(CouncilLogoCache.class);
    static final Duration KEPT = Duration.ofMinutes(1);

    private record Kept(Optional<CouncilLogo> logo, Instant until) {
    }

    private final ConcurrentMap<String, Kept> byCouncil = new ConcurrentHashMap<>();
    private final Backends backends;
    private final Clock clock;

    public CouncilLogoCache(Backends backends, Clock clock) {
        this.backends = backends;
        this.clock = clock;
    }

    public Optional<CouncilLogo> logo(Session session) {
        if (session == null || session.operator() || session.council() == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Kept kept = byCouncil.get(session.council());
        if (kept != null && now.isBefore(kept.until())) {
            return kept.logo();
        }
        try {
            CouncilLogo read = backends.councilVoice(session).getCouncilLogo(GetCouncilLogoRequest.getDefaultInstance());
            Optional<CouncilLogo> logo = read.getContent().isEmpty() ? Optional.empty() : Optional.of(read);
            byCouncil.put(session.council(), new Kept(logo, now.plus(KEPT)));
            return logo;
        } catch (StatusRuntimeException e) {
            // a page never waits on notifications: the last logo known (or none) for the minute, not a call a page
            LOG.warn("Could not read the council's logo: {}", e.getStatus());
            Optional<CouncilLogo> last = kept == null ? Optional.empty() : kept.logo();
            byCouncil.put(session.council(), new Kept(last, now.plus(KEPT)));
            return last;
        }
    }

    /** The council's admin changed it: show the new one at once on this replica. */
    void forget(Session session) {
        byCouncil.remove(session.council());
    }
}
