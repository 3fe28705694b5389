package uk.councilprotocol.console.enquiries;

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
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAnalyticsRequest;

import java.util.List;

/** The Hub's analytics (protocol 9.1.2): volume and on-time rates by department, category, ward, councillor or month. */
@Controller("/enquiries/analytics")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AnalyticsController {
    static final List<String> DIMENSIONS = List.of("department", "category", "ward", "councillor", "month");

    private final Backends backends;
    private final Pages pages;

    public AnalyticsController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> analytics(HttpRequest<?> request, @Nullable @QueryValue String by) {
        Session session = Sessions.of(request);
        String dimension = by != null && DIMENSIONS.contains(by) ? by : "department";
        var groups = backends.enquiries(session).getEnquiryAnalytics(EnquiryAnalyticsRequest.newBuilder().setGroupBy(dimension).build())
                .getGroupsList();
        return pages.ok(request, "analytics", Page.model(session, "Enquiry analytics", "enquiries", "groups", groups,
                "by", dimension, "dimensions", DIMENSIONS));
    }
}
