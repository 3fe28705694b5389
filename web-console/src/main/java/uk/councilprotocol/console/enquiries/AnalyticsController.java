package uk.councilprotocol.console.enquiries;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.GovukDate;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAnalyticsGroup;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAnalyticsRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Hub's analytics (protocol 9.1.2): volume and on-time rates by department, category, ward, councillor or month,
 * for a period of receipt; a department's own for its officers.
 */
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

    /**
     * {@code by} a dimension; the period from the form's GOV.UK dates ({@code from-day}, …) or, in the page's own
     * links, as ISO dates ({@code from}, {@code to}). A department officer sees their department's own figures.
     */
    @Get
    public HttpResponse<String> analytics(HttpRequest<?> request, @Nullable @QueryValue String by) {
        Session session = Sessions.of(request);
        String dimension = by != null && DIMENSIONS.contains(by) ? by : "department";
        Map<String, String> form = new HashMap<>();
        request.getParameters().forEach((name, values) -> form.put(name, values.isEmpty() ? "" : values.get(0).strip()));
        List<FormErrors.FieldError> errors = new ArrayList<>();
        String from = period(form, "from", errors);
        String to = period(form, "to", errors);
        List<EnquiryAnalyticsGroup> groups = List.of();
        if (errors.isEmpty()) {
            try {
                groups = backends.enquiries(session).getEnquiryAnalytics(EnquiryAnalyticsRequest.newBuilder().setGroupBy(dimension)
                        .setFrom(from).setTo(to).build()).getGroupsList();
            } catch (StatusRuntimeException e) {
                if (e.getStatus().getCode() != Status.Code.INVALID_ARGUMENT) {
                    throw e;
                }
                errors = FormErrors.of(e);
            }
        }
        Map<String, Object> model = Page.model(session, session.hub() || !session.department() ? "Enquiry analytics"
                        : "My department's enquiry analytics", "enquiries", "groups", groups, "by", dimension, "dimensions", DIMENSIONS,
                "from", from, "to", to, "errors", errors, "form", form);
        return errors.isEmpty() ? pages.ok(request, "analytics", model) : pages.render(HttpStatus.BAD_REQUEST, request, "analytics", model);
    }

    /** The period's end as an ISO date: from its GOV.UK date boxes when the form sent them, else as the link gave it. */
    private static String period(Map<String, String> form, String field, List<FormErrors.FieldError> errors) {
        boolean boxes = form.containsKey(field + "-day") || form.containsKey(field + "-month") || form.containsKey(field + "-year");
        return boxes ? GovukDate.iso(form, field, errors) : form.getOrDefault(field, "");
    }
}
