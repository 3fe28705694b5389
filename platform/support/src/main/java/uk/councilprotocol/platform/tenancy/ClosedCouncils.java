package uk.councilprotocol.platform.tenancy;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The councils that have closed, as this replica last read them: at most two seconds old, so a closure made on
 * another replica is refused here within two seconds. In that window the database refuses the closed council's
 * connections itself ({@code open_council}), so nothing can be written for it.
 */
@Singleton
public class ClosedCouncils {
    private static final Logger LOG = LoggerFactory.getLogger(ClosedCouncils.class);
    private static final long FRESH_FOR_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final CouncilClosureRepository closures;
    private volatile List<CouncilClosure> known = List.of();
    private volatile long readAt;
    private volatile boolean read;

    public ClosedCouncils(CouncilClosureRepository closures) {
        this.closures = closures;
    }

    public boolean isClosed(String council) {
        return all().stream().anyMatch(closure -> closure.council().equals(council));
    }

    public List<CouncilClosure> all() {
        if (!read || System.nanoTime() - readAt > FRESH_FOR_NANOS) {
            try {
                known = List.copyOf(closures.findAll());
                readAt = System.nanoTime();
                read = true;
            } catch (RuntimeException e) {
                // the database is away: keep what was known; it refuses a closed council's work itself when back
                LOG.debug("Could not read the council closures: {}", e.toString());
            }
        }
        return known;
    }

    /** Reads the table again at the next question (after this replica closed a council). */
    public void forget() {
        read = false;
    }
}
