package uk.councilprotocol.console.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.platform.v1.AuditEntry;
import uk.councilprotocol.contracts.platform.v1.ListAuditEntriesRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For admins and the Monitoring Officer: the four services' audit logs as one, newest first, a page at a time, searched
 * by who, what or which. Each service gives its next {@link #PAGE} entries older than where the reader is in its log
 * (keyset paging by the entry's id: a log of millions reads as fast on its last page as on its first); the console
 * merges them by time and shows the newest {@link #PAGE}. The link to older entries carries where each service's part
 * of the page ended ({@code older=training:123,enquiries:456,…}).
 */
@Controller("/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditLogController {
    static final int PAGE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Backends backends;
    private final Pages pages;

    public AuditLogController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    public record Row(Instant at, long id, String when, String service, String actor, String action, String target, String outcome,
                      String from, String changes) {
    }

    @Get
    public HttpResponse<String> audit(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String older) {
        Session session = Sessions.of(request);
        String query = q == null ? "" : q.strip();
        Map<String, Long> before = positions(older);
        List<Row> found = new ArrayList<>();
        boolean more = false;
        for (var log : backends.audit(session).entrySet()) {
            List<AuditEntry> entries = log.getValue().listAuditEntries(ListAuditEntriesRequest.newBuilder().setLimit(PAGE)
                    .setBeforeId(before.getOrDefault(log.getKey(), 0L)).setQuery(query).build()).getEntriesList();
            more |= entries.size() == PAGE;
            entries.forEach(e -> found.add(row(log.getKey(), e)));
        }
        found.sort(Comparator.comparing(Row::at).thenComparing(Row::id).reversed());
        List<Row> rows = found.subList(0, Math.min(PAGE, found.size()));
        more |= found.size() > PAGE;
        Map<String, Long> next = new LinkedHashMap<>(before);
        rows.forEach(r -> next.put(r.service(), r.id()));   // rows run newest first: each service's last is its oldest shown
        String olderLink = more ? "/audit?older=" + encode(next) + (query.isEmpty() ? "" : "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)) : "";
        return pages.ok(request, "audit", Page.model(session, "Audit log", "audit", "rows", rows, "q", query,
                "olderLink", olderLink, "newest", older == null || older.isBlank()));
    }

    private static Row row(String service, AuditEntry e) {
        Instant at = Instant.ofEpochSecond(e.getAt().getSeconds(), e.getAt().getNanos());
        return new Row(at, e.getId(), WHEN.format(at), service, e.getActor() + " (" + e.getActorRoles() + ")", e.getAction(),
                e.getTarget(), e.getOutcome(), e.getSourceAddress(), e.getChanges());
    }

    /** "training:123,enquiries:456": where each service's part of the last page ended; anything else reads as none. */
    static Map<String, Long> positions(@Nullable String older) {
        Map<String, Long> positions = new LinkedHashMap<>();
        if (older == null) {
            return positions;
        }
        for (String part : older.split(",")) {
            String[] serviceAndId = part.split(":", 2);
            if (serviceAndId.length == 2 && serviceAndId[1].matches("\\d{1,18}")) {
                positions.put(serviceAndId[0], Long.parseLong(serviceAndId[1]));
            }
        }
        return positions;
    }

    static String encode(Map<String, Long> positions) {
        return positions.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }
}
