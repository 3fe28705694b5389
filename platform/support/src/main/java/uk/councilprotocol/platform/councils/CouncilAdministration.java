package uk.councilprotocol.platform.councils;

import jakarta.inject.Singleton;
import uk.councilprotocol.platform.errors.ConflictException;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;
import io.micronaut.context.event.ApplicationEventPublisher;
import uk.councilprotocol.platform.tenancy.CouncilLedger;
import uk.councilprotocol.platform.tenancy.CouncilRegistrationRepository;
import uk.councilprotocol.platform.tenancy.CouncilClosure;
import uk.councilprotocol.platform.tenancy.CouncilClosureRepository;
import uk.councilprotocol.platform.tenancy.Councils;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A council's life on a shared deployment, as this service keeps it: the operator's list of councils, a council
 * joining, a council's own data handed to its admin, and a leaving council closed and erased. See docs/tenancy.md.
 */
@Singleton
public class CouncilAdministration {
    private final Councils councils;
    private final CouncilLedger ledger;
    private final CouncilClosureRepository closures;
    private final CouncilRegistrationRepository registrations;
    private final CouncilTables tables;
    private final ApplicationEventPublisher<CouncilOnboarded> onboarded;
    private final Clock clock;

    public CouncilAdministration(Councils councils, CouncilLedger ledger, CouncilClosureRepository closures,
                                 CouncilRegistrationRepository registrations, CouncilTables tables,
                                 ApplicationEventPublisher<CouncilOnboarded> onboarded, Clock clock) {
        this.councils = councils;
        this.ledger = ledger;
        this.closures = closures;
        this.registrations = registrations;
        this.tables = tables;
        this.onboarded = onboarded;
        this.clock = clock;
    }

    /** Told, in the service, when the operator onboards a council: training gives it the default council's catalogue. */
    public record CouncilOnboarded(String council) {
    }

    /**
     * Serves a new council from now on, on every replica, without a restart. Doing it again is harmless (the
     * council's standing comes back); a council that has closed is not opened again (409): its id is not reused.
     */
    public CouncilStanding onboard(Caller caller, String council) {
        caller.require(Roles.OPERATOR);
        String named = validId(council);
        if (ledger.isClosed(named)) {
            throw new ConflictException("council '" + named + "' has closed; a closed council's id is not used again");
        }
        // registered once however many replicas are asked at the same moment: only the one that wrote it tells the service
        if (!councils.known().contains(named) && registrations.register(named, clock.instant(), caller.subject()) == 1) {
            ledger.forget();
            onboarded.publishEvent(new CouncilOnboarded(named));
        }
        return new CouncilStanding(named, CouncilStanding.SERVED, Councils.callAs(named, tables::rows), null, null);
    }

    private static String validId(String council) {
        String named = council == null ? "" : council.strip();
        if (named.isEmpty() || !Councils.ID.matcher(named).matches()) {
            throw InvalidInputException.of("council", "must be a council id such as 'eastmoor': lower-case letters, "
                    + "digits and '-', 2 to 40 characters, starting with a letter");
        }
        return named;
    }

    /** Every council configured, onboarded or closed, by name, with the rows this service holds for each served one. */
    public List<CouncilStanding> list(Caller caller) {
        caller.require(Roles.OPERATOR);
        TreeMap<String, CouncilStanding> standings = new TreeMap<>();
        for (CouncilClosure closure : ledger.closures()) {
            standings.put(closure.council(), new CouncilStanding(closure.council(), CouncilStanding.CLOSED, 0,
                    closure.closedAt(), closure.closedBy()));
        }
        for (String council : councils.served()) {
            standings.putIfAbsent(council, new CouncilStanding(council, CouncilStanding.SERVED,
                    Councils.callAs(council, tables::rows), null, null));
        }
        return new ArrayList<>(standings.values());
    }

    /**
     * Closes the council and erases every row this service holds for it. Refused for the deployment's default
     * council (work naming no council falls to it), for a council never served here, and for one already closed.
     */
    public Erasure erase(Caller caller, String council) {
        caller.require(Roles.OPERATOR);
        String named = validId(council);
        if (named.equals(councils.defaultCouncil())) {
            throw new ConflictException("council '" + named + "' is this deployment's default and cannot be closed");
        }
        if (ledger.isClosed(named)) {
            throw new ConflictException("council '" + named + "' has already closed");
        }
        if (!councils.known().contains(named)) {
            throw new NotFoundException("council", named);
        }
        Instant closedAt = clock.instant();
        List<Erasure.TableErased> erased = Councils.callAs(named, () -> tables.erase(named,
                rows -> closures.save(new CouncilClosure(named, closedAt, caller.subject(), rows))));
        ledger.forget();
        return new Erasure(named, erased, closedAt);
    }

    /**
     * The caller's council's data as a zip of one CSV per table, in a temporary file that goes when the returned
     * stream is closed: the export's size never sits in memory.
     */
    public InputStream export(Caller caller) {
        caller.require(Roles.ADMIN);
        try {
            Path file = Files.createTempFile("council-export-", ".zip");
            try (OutputStream out = Files.newOutputStream(file)) {
                tables.export(out);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export's file name: the council and the day it was taken, e.g. {@code eastmoor-training-2026-12-01.zip}. */
    public String exportName(String service) {
        return councils.current() + "-" + service + "-" + LocalDate.now(clock) + ".zip";
    }
}
