package uk.councilprotocol.console.councils;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.platform.v1.CouncilSummary;
import uk.councilprotocol.contracts.platform.v1.EraseCouncilRequest;
import uk.councilprotocol.contracts.platform.v1.EraseCouncilResponse;
import uk.councilprotocol.contracts.platform.v1.ListCouncilsRequest;
import uk.councilprotocol.contracts.platform.v1.OnboardCouncilRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For the platform operator: the councils the deployment serves, each service's row count for each (counts only:
 * the operator sees no council's data), adding a council that joins (every service serves it at once; training
 * gives it the default council's courses and rules; doing it again is harmless), and erasing a council that leaves, confirmed by typing its id. The erasure
 * goes to every service; one that fails is named, and erasing again finishes the rest (a service that already
 * closed the council says so).
 */
@Controller("/councils")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CouncilsController {
    private final Backends backends;
    private final Pages pages;

    public CouncilsController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    /** A council across the services: its state in each ("served", "closed") and the rows each holds. */
    public record Row(String council, Map<String, String> states, Map<String, Long> rows) {
        public boolean closedEverywhere() {
            return states.values().stream().allMatch("closed"::equals);
        }
    }

    /** What erasing did in one service: rows erased, or why it did not. */
    public record Outcome(String service, long rows, String problem) {
    }

    @Get
    public HttpResponse<String> list(HttpRequest<?> request) {
        Session session = Sessions.of(request);
        return page(request, session, HttpStatus.OK, Form.nothing());
    }

    @Post("/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> erase(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        String council = form.getOrDefault("council", "").strip();
        String confirmation = form.getOrDefault("confirm", "").strip();
        if (council.isEmpty() || !council.equals(confirmation)) {
            return page(request, session, HttpStatus.BAD_REQUEST, Form.erasing(council,
                    "Type the council's id exactly as shown to confirm that it is to be erased", null));
        }
        List<Outcome> outcomes = new ArrayList<>();
        backends.councils(session).forEach((service, stub) -> {
            try {
                EraseCouncilResponse erased = stub.eraseCouncil(EraseCouncilRequest.newBuilder().setCouncil(council).build());
                outcomes.add(new Outcome(service, erased.getTablesList().stream().mapToLong(t -> t.getRows()).sum(), null));
            } catch (StatusRuntimeException e) {
                if (e.getStatus().getCode() == Status.Code.PERMISSION_DENIED || e.getStatus().getCode() == Status.Code.UNAUTHENTICATED) {
                    throw e;
                }
                outcomes.add(new Outcome(service, 0, e.getStatus().getDescription() == null
                        ? e.getStatus().getCode().name() : e.getStatus().getDescription()));
            }
        });
        return page(request, session, HttpStatus.OK, Form.erasing(council, null, outcomes));
    }

    @Post("/add")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> add(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        String council = form.getOrDefault("new_council", "").strip();
        for (var service : backends.councils(session).values()) {
            try {
                service.onboardCouncil(OnboardCouncilRequest.newBuilder().setCouncil(council).build());
            } catch (StatusRuntimeException e) {
                if (e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT || e.getStatus().getCode() == Status.Code.FAILED_PRECONDITION) {
                    return page(request, session, HttpStatus.BAD_REQUEST, Form.refused(council,
                            e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT
                                    ? "Enter the council's id: lower-case letters, digits and hyphens, starting with a letter (for example north-eastmoor)"
                                    : e.getStatus().getDescription()));
                }
                throw e;
            }
        }
        return page(request, session, HttpStatus.OK, Form.added(council));
    }

    /**
     * What the page shows besides the list: the council an erasure was about, its confirmation error and outcomes,
     * a council just added, or an id refused for adding (and why).
     */
    record Form(@Nullable String council, @Nullable String error, @Nullable List<Outcome> outcomes, @Nullable String added,
                @Nullable String newCouncil, @Nullable String addError) {
        static Form nothing() {
            return new Form(null, null, null, null, null, null);
        }

        static Form erasing(String council, @Nullable String error, @Nullable List<Outcome> outcomes) {
            return new Form(council, error, outcomes, null, null, null);
        }

        static Form added(String council) {
            return new Form(null, null, null, council, null, null);
        }

        static Form refused(String newCouncil, String why) {
            return new Form(null, null, null, null, newCouncil, why);
        }
    }

    private HttpResponse<String> page(HttpRequest<?> request, Session session, HttpStatus status, Form form) {
        String council = form.council();
        String error = form.error();
        List<Outcome> outcomes = form.outcomes();
        Map<String, Row> rows = new TreeMap<>();
        backends.councils(session).forEach((service, stub) -> {
            for (CouncilSummary summary : stub.listCouncils(ListCouncilsRequest.getDefaultInstance()).getCouncilsList()) {
                Row row = rows.computeIfAbsent(summary.getCouncil(), c -> new Row(c, new LinkedHashMap<>(), new LinkedHashMap<>()));
                row.states().put(service, summary.getState());
                row.rows().put(service, summary.getRows());
            }
        });
        return pages.render(status, request, "councils", Page.model(session, "Councils", "councils",
                "councils", List.copyOf(rows.values()), "council", council, "error", error, "outcomes", outcomes,
                "erasedEverywhere", outcomes != null && outcomes.stream().allMatch(o -> o.problem() == null),
                "erasedRows", outcomes == null ? 0 : outcomes.stream().mapToLong(Outcome::rows).sum(),
                "added", form.added(), "newCouncil", form.newCouncil(), "addError", form.addError()));
    }
}
