package uk.councilprotocol.platform.tenancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The councils this deployment serves, and which one the current work acts for. Adapters open a council's scope
 * (a request from the token's {@code council} claim, an event from its {@code ce_council} attribute, a scheduled
 * job once per council); everything inside — every query, through PostgreSQL's row-level security — sees that
 * council's rows and no other's.
 */
@Singleton
public class Councils {
    /** What a council id may look like: "eastmoor", "glenmoor-and-westbay". */
    public static final Pattern ID = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

    private final TenancySettings settings;
    private final Provider<CouncilLedger> ledger;   // late: reading the ledger needs the connections this helps open

    public Councils(TenancySettings settings, Provider<CouncilLedger> ledger) {
        this.settings = settings;
        this.ledger = ledger;
    }

    public String defaultCouncil() {
        return settings.getDefaultCouncil();
    }

    /** The councils configured or onboarded since, but for any that has closed. */
    public List<String> served() {
        return known().stream().filter(council -> !ledger.get().isClosed(council)).toList();
    }

    /** The councils configured or onboarded, served or closed since. */
    public List<String> known() {
        List<String> known = new java.util.ArrayList<>(settings.getCouncils());
        ledger.get().registrations().forEach(registration -> {
            if (!known.contains(registration.council())) {
                known.add(registration.council());
            }
        });
        return known;
    }

    /** The council the current work acts for: the open scope's, else the deployment's default. */
    public String current() {
        return PropagatedContext.find().flatMap(context -> context.find(CouncilScope.class))
                .map(CouncilScope::council).orElse(settings.getDefaultCouncil());
    }

    /**
     * The council a caller or event names, checked: none named means the default council (a single-council
     * deployment's tokens and events name none); one this deployment does not serve is refused.
     */
    public String resolve(@Nullable String named) {
        if (named == null || named.isBlank()) {
            return settings.getDefaultCouncil();
        }
        String council = named.strip();
        if (ledger.get().isClosed(council)) {
            throw UnknownCouncilException.closed(council);
        }
        if (!settings.getCouncils().contains(council) && !ledger.get().isRegistered(council)) {
            throw new UnknownCouncilException(council);
        }
        return council;
    }

    /** The council named if this deployment serves it, else the default one (where a refused request is recorded). */
    public String servedOrDefault(@Nullable String named) {
        return named != null && served().contains(named.strip()) ? named.strip() : settings.getDefaultCouncil();
    }

    /** Opens the council's scope for this thread (and whatever it hands work to) until the scope is closed. */
    public static PropagatedContext.Scope open(String council) {
        PropagatedContext context = PropagatedContext.getOrEmpty();
        CouncilScope scope = new CouncilScope(council);
        Optional<CouncilScope> previous = context.find(CouncilScope.class);
        return (previous.isPresent() ? context.replace(previous.get(), scope) : context.plus(scope)).propagate();
    }

    public static <T> T callAs(String council, Supplier<T> work) {
        try (PropagatedContext.Scope ignored = open(council)) {
            return work.get();
        }
    }

    public static void runAs(String council, Runnable work) {
        try (PropagatedContext.Scope ignored = open(council)) {
            work.run();
        }
    }

    /** A scheduled job's work, once for each council served, each in its own scope (and so its own transactions). */
    public void forEachServed(Runnable work) {
        served().forEach(council -> runAs(council, work));
    }
}
