package uk.councilprotocol.enquiries.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;
import java.util.Locale;

@Controller("/analytics/enquiries")
@Secured({Roles.HUB, Roles.ADMIN, Roles.STANDARDS, Roles.OFFICER, Roles.SERVICE})
public class AnalyticsController {
    private final EnquiryAnalytics analytics;

    public AnalyticsController(EnquiryAnalytics analytics) {
        this.analytics = analytics;
    }

    /**
     * {@code by}: department (default), category, ward, councillor or month; {@code from}, {@code to}: the days
     * received, both included. A department's officers see their department's own figures.
     */
    @Get
    public EnquiryAnalytics.Report report(@Nullable @QueryValue String by, @Nullable @QueryValue String from,
                                          @Nullable @QueryValue String to, Authentication authentication) {
        return analytics.report(EnquiryAnalytics.dimension(by), from, to, Caller.of(authentication));
    }

    @Get("/csv")
    @Produces("text/csv")
    public HttpResponse<String> csv(@Nullable @QueryValue String by, @Nullable @QueryValue String from,
                                    @Nullable @QueryValue String to, Authentication authentication) {
        EnquiryAnalytics.Report report = analytics.report(EnquiryAnalytics.dimension(by), from, to, Caller.of(authentication));
        return HttpResponse.ok(analytics.csv(report)).header("Content-Disposition",
                "attachment; filename=\"enquiries-by-" + report.groupBy().name().toLowerCase(Locale.ROOT) + ".csv\"");
    }
}
