package uk.councilprotocol.console.compliance;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.Pagination;
import uk.councilprotocol.console.backend.AtOnce;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.training.v1.ComplianceDimension;
import uk.councilprotocol.contracts.training.v1.GetComplianceSummariesRequest;
import uk.councilprotocol.contracts.training.v1.ListCoursesRequest;
import uk.councilprotocol.contracts.training.v1.ListOverdueRequest;
import uk.councilprotocol.contracts.training.v1.ListOverdueResponse;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;

import jakarta.inject.Named;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** HR's training compliance: % complete by department, political group and kind, the overdue list, and recording a completion. */
@Controller("/compliance")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ComplianceController {
    /** How many of the overdue the summary page shows; the rest are a link away. */
    static final int OVERDUE_SHOWN = 10;
    static final int OVERDUE_PAGE = 50;
    private final Backends backends;
    private final Pages pages;
    private final Clock clock;
    private final ExecutorService blocking;

    public ComplianceController(Backends backends, Pages pages, Clock clock, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.blocking = blocking;
        this.backends = backends;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    public HttpResponse<String> compliance(HttpRequest<?> request, @Nullable @QueryValue String recorded) {
        return pages.ok(request, "compliance", model(Sessions.of(request), recorded, List.of(), Map.of()));
    }

    @Post("/completions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        try {
            var recorded = backends.completions(session).recordCompletion(RecordCompletionRequest.newBuilder()
                    .setPersonId(form.getOrDefault("person_id", "")).setCourseCode(form.getOrDefault("course_code", ""))
                    .setCompletedOn(form.getOrDefault("completed_on", "")).setProvider(form.getOrDefault("provider", ""))
                    .setEvidenceReference(form.getOrDefault("evidence_reference", "")).build());
            return HttpResponse.seeOther(URI.create("/compliance?recorded=" + recorded.getCompletion().getCourseCode()));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "compliance", model(session, null, FormErrors.of(e), form));
        }
    }

    private Map<String, Object> model(Session session, String recorded, List<FormErrors.FieldError> errors, Map<String, String> form) {
        var compliance = backends.compliance(session);
        // the page's calls at once (AtOnce); a summary stays a summary: the most overdue few, and a link to the rest
        var overdue = AtOnce.call(() -> compliance.listOverdue(ListOverdueRequest.newBuilder()
                .setPageSize(OVERDUE_SHOWN).build()), blocking);
        // the three summaries from one reading of the council's requirements
        var summaries = AtOnce.call(() -> compliance.getComplianceSummaries(GetComplianceSummariesRequest.newBuilder()
                .addGroupBy(ComplianceDimension.DEPARTMENT).addGroupBy(ComplianceDimension.POLITICAL_GROUP)
                .addGroupBy(ComplianceDimension.KIND).build()), blocking);
        var courses = AtOnce.call(() -> backends.courses(session).listCourses(ListCoursesRequest.getDefaultInstance()), blocking);
        return Page.model(session, "Training compliance", "compliance",
                "byDepartment", AtOnce.answer(summaries).getSummaries(0).getGroupsList(),
                "byGroup", AtOnce.answer(summaries).getSummaries(1).getGroupsList(),
                "byKind", AtOnce.answer(summaries).getSummaries(2).getGroupsList(),
                "overdue", AtOnce.answer(overdue).getItemsList(), "overdueTotal", AtOnce.answer(overdue).getTotalSize(),
                "courses", AtOnce.answer(courses).getCoursesList(),
                "recorded", recorded == null ? "" : recorded, "errors", errors, "form", form, "today", LocalDate.now(clock).toString());
    }

    /** Everyone overdue, most overdue first, a page at a time. */
    @Get("/overdue")
    public HttpResponse<String> overdue(HttpRequest<?> request, @Nullable @QueryValue Integer page) {
        Session session = Sessions.of(request);
        int number = Pagination.requested(page);
        ListOverdueResponse found = backends.compliance(session).listOverdue(ListOverdueRequest.newBuilder()
                .setPageSize(OVERDUE_PAGE).setSkip(Pagination.skip(number, OVERDUE_PAGE)).build());
        return pages.ok(request, "overdue", Page.model(session, "Overdue training", "compliance",
                "overdue", found.getItemsList(),
                "pagination", Pagination.of(number, OVERDUE_PAGE, found.getTotalSize(), found.getItemsCount(), "/compliance/overdue", Map.of())));
    }
}
