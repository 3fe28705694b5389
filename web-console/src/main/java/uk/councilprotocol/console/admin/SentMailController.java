package uk.councilprotocol.console.admin;

import java.util.Map;
import uk.councilprotocol.console.Pagination;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
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
import uk.councilprotocol.contracts.notifications.v1.ListSentMailRequest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** For admins and the Monitoring Officer: every email the platform sent or tried to send, with its delivery status. */
@Controller("/sent-mail")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SentMailController {
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Backends backends;
    private final Pages pages;

    public SentMailController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    /** Newest first, 50 a page, searched by recipient or subject; the search and page are in the URL. */
    @Get
    public HttpResponse<String> sentMail(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue Integer page) {
        Session session = Sessions.of(request);
        int number = Pagination.requested(page);
        var found = backends.reminders(session).listSentMail(ListSentMailRequest.newBuilder().setPageSize(PAGE_SIZE)
                .setSkip(Pagination.skip(number, PAGE_SIZE)).setQuery(Pagination.filterValue(q)).build());
        var rows = found.getMailList().stream().map(m -> new Row(WHEN.format(Instant.ofEpochSecond(m.getAt().getSeconds())), m.getTo(),
                String.join(", ", m.getCcList()), m.getSubject(), m.getStatus(), m.getError())).toList();
        Pagination pagination = Pagination.of(number, PAGE_SIZE, found.getTotalSize(), found.getMailCount(), "/sent-mail",
                Map.of("q", Pagination.filterValue(q)));
        return pages.ok(request, "sent-mail", Page.model(session, "Sent mail", "sent-mail", "mail", rows,
                "q", Pagination.filterValue(q), "pagination", pagination, "undeliverable", RefusedAddresses.of(backends, session)));
    }

    public record Row(String when, String to, String cc, String subject, String status, String error) {
    }
}
