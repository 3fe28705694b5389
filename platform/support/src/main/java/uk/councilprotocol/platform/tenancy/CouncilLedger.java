package uk.councilprotocol.platform.tenancy;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The councils the platform operator has onboarded and those that have closed, as this replica last read them: at
 * most two seconds old, so a change made on another replica holds here within two seconds. In that window the
 * database refuses a closed council's connections itself ({@code open_council}), so nothing can be written for it.
 */
@Singleton
public class CouncilLedger {
    private static final Logger LOG = LoggerFactory.getLogger(CouncilLedger.class);
    private static final long FRESH_FOR_NANOS = TimeUnit.SECONDS.toNanos(2);

    private record Snapshot(List<CouncilRegistration> registrations, List<CouncilClosure> closures) {
    }

    private final CouncilRegistrationRepository registrations;
    private final CouncilClosureRepository closures;
    private volatile Snapshot known = new Snapshot(List.of(), List.of());
    private volatile long readAt;
    private volatile boolean read;

    public CouncilLedger(CouncilRegistrationRepository registrations, CouncilClosureRepository closures) {
        this.registrations = registrations;
        this.closures = closures;
    }

    public boolean isClosed(String council) {
        return closures().stream().anyMatch(closure -> closure.council().equals(council));
    }

    public boolean isRegistered(String council) {
        return registrations().stream().anyMatch(registration -> registration.council().equals(council));
    }

    public List<CouncilClosure> closures() {
        return snapshot().closures();
    }

    public List<CouncilRegistration> registrations() {
        return snapshot().registrations();
    }

    /** Reads the tables again at the next question (after this replica onboarded or closed a council). */
    public void forget() {
        read = false;
    }

    private Snapshot snapshot() {
        if (!read || System.nanoTime() - readAt > FRESH_FOR_NANOS) {
            try {
                known = new Snapshot(List.copyOf(registrations.findAll()), List.copyOf(closures.findAll()));
                readAt = System.nanoTime();
                read = true;
            } catch (RuntimeException e) {
                // the database is away: keep what was known; it refuses a closed council's work itself when back
                LOG.debug("Could not read the council ledger: {}", e.toString());
            }
        }
        return known;
    }
}
