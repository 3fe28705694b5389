package uk.councilprotocol.console.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.platform.v1.ListAuditEntriesRequest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** For admins and the Monitoring Officer: the four services' audit logs as one, newest first. */
@Controller("/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditLogController {
    static final int PER_SERVICE = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Backends backends;
    private final Pages pages;

    public AuditLogController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    public record Row(Instant at, String when, String service, String actor, String action, String target, String outcome, String from) {
    }

    @Get
    public HttpResponse<String> audit(HttpRequest<?> request) {
        Session session = Sessions.of(request);
        List<Row> rows = new ArrayList<>();
        backends.audit(session).forEach((service, log) -> log.listAuditEntries(ListAuditEntriesRequest.newBuilder()
                .setLimit(PER_SERVICE).build()).getEntriesList().forEach(e -> {
                    Instant at = Instant.ofEpochSecond(e.getAt().getSeconds(), e.getAt().getNanos());
                    rows.add(new Row(at, WHEN.format(at), service, e.getActor() + " (" + e.getActorRoles() + ")", e.getAction(),
                            e.getTarget(), e.getOutcome(), e.getSourceAddress()));
                }));
        rows.sort(Comparator.comparing(Row::at).reversed());
        return pages.ok(request, "audit", Page.model(session, "Audit log", "audit", "rows", rows, "perService", PER_SERVICE));
    }
}
