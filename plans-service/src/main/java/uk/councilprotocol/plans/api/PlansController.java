package uk.councilprotocol.plans.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.contracts.plans.v1.ChangeDueDateRequest;
import uk.councilprotocol.contracts.plans.v1.ChangeOwnerRequest;
import uk.councilprotocol.contracts.plans.v1.CorrectProgressRequest;
import uk.councilprotocol.contracts.plans.v1.MarkMilestoneRequest;
import uk.councilprotocol.contracts.plans.v1.ChangeStatusRequest;
import uk.councilprotocol.contracts.plans.v1.CommitteeReport;
import uk.councilprotocol.contracts.plans.v1.CommitteeReportRequest;
import uk.councilprotocol.contracts.plans.v1.ImportPlanRequest;
import uk.councilprotocol.contracts.plans.v1.LinkEvidenceRequest;
import uk.councilprotocol.contracts.plans.v1.ListDueActionsRequest;
import uk.councilprotocol.contracts.plans.v1.OverrideRagRequest;
import uk.councilprotocol.contracts.plans.v1.RecordProgressRequest;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.plans.importing.ColumnMapping;

import java.util.Map;

/**
 * Plans over HTTP: the same operations and messages as the gRPC service, in protobuf's JSON mapping. A plan
 * table is imported by posting it as tab-separated text; the committee report downloads as HTML or Word.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
public class PlansController {
    private final PlansApi api;
    private final JsonMapper json;

    public PlansController(PlansApi api, JsonMapper json) {
        this.api = api;
        this.json = json;
    }

    @Get("/plans")
    public HttpResponse<String> plans() {
        return ProtoJson.ok(api.listPlans());
    }

    @Post("/plans/import")
    @Consumes({"text/tab-separated-values", MediaType.TEXT_PLAIN})
    public HttpResponse<String> importPlan(@Body String table, @Nullable @QueryValue String plan, @Nullable @QueryValue String title,
                                           @Nullable @QueryValue String council, @Nullable @QueryValue String adoptedOn,
                                           @Nullable @QueryValue String sourceBody, @Nullable @QueryValue String source,
                                           @Nullable @QueryValue String progressDate, @Nullable @QueryValue String author,
                                           @Nullable @QueryValue String mapping, Authentication authentication) {
        return imported(ImportPlanRequest.newBuilder().setTable(table), plan, title, council, adoptedOn, sourceBody, source,
                progressDate, author, mapping, authentication);
    }

    /**
     * The committee paper itself, as a Word {@code .docx}: its tables are read as a pasted table is; the query is
     * {@code POST /plans/import}'s (plan, title, council, adoptedOn, sourceBody, source, progressDate, author, mapping).
     */
    @Post("/plans/import/docx")
    @Consumes(uk.councilprotocol.plans.report.CommitteeReports.DOCX)
    public HttpResponse<String> importDocx(@Body byte[] docx, HttpRequest<?> request, Authentication authentication) {
        var query = request.getParameters();
        return imported(ImportPlanRequest.newBuilder().setDocx(com.google.protobuf.ByteString.copyFrom(docx)), query.get("plan"),
                query.get("title"), query.get("council"), query.get("adoptedOn"), query.get("sourceBody"), query.get("source"),
                query.get("progressDate"), query.get("author"), query.get("mapping"), authentication);
    }

    /** The committee paper as a PDF: its ruled tables are read as a pasted table is; the query is as for a {@code .docx}. */
    @Post("/plans/import/pdf")
    @Consumes("application/pdf")
    public HttpResponse<String> importPdf(@Body byte[] pdf, HttpRequest<?> request, Authentication authentication) {
        var query = request.getParameters();
        return imported(ImportPlanRequest.newBuilder().setPdf(com.google.protobuf.ByteString.copyFrom(pdf)), query.get("plan"),
                query.get("title"), query.get("council"), query.get("adoptedOn"), query.get("sourceBody"), query.get("source"),
                query.get("progressDate"), query.get("author"), query.get("mapping"), authentication);
    }

    private HttpResponse<String> imported(ImportPlanRequest.Builder request, String plan, String title, String council,
                                          String adoptedOn, String sourceBody, String source, String progressDate,
                                          String author, String mapping, Authentication authentication) {
        request.putAllMapping(ColumnMapping.parse(json, mapping))
                .setPlanId(Protos.orEmpty(plan)).setTitle(Protos.orEmpty(title)).setCouncil(Protos.orEmpty(council)).setAdoptedOn(Protos.orEmpty(adoptedOn))
                .setSourceBody(Protos.orEmpty(sourceBody)).setRecommendationSource(Protos.orEmpty(source))
                .setProgressDate(Protos.orEmpty(progressDate)).setAuthor(Protos.orEmpty(author));
        var report = api.importPlan(request.build(), Caller.of(authentication));
        return HttpResponse.created(ProtoJson.print(report)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get("/plans/{id}")
    public HttpResponse<String> plan(String id) {
        return ProtoJson.ok(api.getPlan(id));
    }

    /** {@code format=docx} for Word; dates default to the twelve months up to today. */
    @Get("/plans/{id}/report")
    public HttpResponse<byte[]> report(String id, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                       @Nullable @QueryValue String format) {
        CommitteeReport report = api.committeeReport(CommitteeReportRequest.newBuilder().setPlanId(id)
                .setFrom(Protos.orEmpty(from)).setTo(Protos.orEmpty(to)).setFormat(Protos.orEmpty(format)).build());
        var reply = HttpResponse.ok(report.getContent().toByteArray()).contentType(report.getContentType());
        if (!report.getContentType().startsWith("text/html")) {
            reply.getHeaders().add("Content-Disposition", "attachment; filename=\"" + report.getFileName() + "\"");
        }
        return reply;
    }

    @Get("/actions/due")
    public HttpResponse<String> due(@Nullable @QueryValue String plan, @Nullable @QueryValue Integer withinDays) {
        return ProtoJson.ok(api.listDueActions(ListDueActionsRequest.newBuilder().setPlanId(Protos.orEmpty(plan))
                .setWithinDays(withinDays == null ? 0 : withinDays).build()));
    }

    @Get("/actions/mine")
    public HttpResponse<String> mine(Authentication authentication) {
        return ProtoJson.ok(api.listMyActions(Caller.of(authentication)));
    }

    @Get("/actions/{id}")
    public HttpResponse<String> action(String id) {
        return ProtoJson.ok(api.getAction(id));
    }

    @Post("/actions/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<String> progress(String id, @Body String body, Authentication authentication) {
        return ProtoJson.ok(api.recordProgress(ProtoJson.parse(body, RecordProgressRequest.newBuilder()).setActionId(id).build(),
                Caller.of(authentication)));
    }

    @Put("/actions/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<String> status(String id, @Body String body, Authentication authentication) {
        return ProtoJson.ok(api.changeStatus(ProtoJson.parse(body, ChangeStatusRequest.newBuilder()).setActionId(id).build(),
                Caller.of(authentication)));
    }

    @Put("/actions/{id}/due")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<String> due(String id, @Body String body, Authentication authentication) {
        return ProtoJson.ok(api.changeDueDate(ProtoJson.parse(body, ChangeDueDateRequest.newBuilder()).setActionId(id).build(),
                Caller.of(authentication)));
    }

    @Put("/actions/{id}/rag")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<String> rag(String id, @Body String body, Authentication authentication) {
        return ProtoJson.ok(api.overrideRag(ProtoJson.parse(body, OverrideRagRequest.newBuilder()).setActionId(id).build(),
                Caller.of(authentication)));
    }

    @Put("/actions/{id}/owner")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<String> owner(String id, @Body String body, Authentication authentication) {
        return ProtoJson.ok(api.changeOwner(ProtoJson.parse(body, ChangeOwnerRequest.newBuilder()).setActionId(id).build(),
                Caller.of(authentication)));
    }

    /** {@code {"done": true}} marks the milestone done; false, not done after all. */
    @Put("/milestones/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<String> milestone(String id, @Body String body, Authentication authentication) {
        return ProtoJson.ok(api.markMilestone(ProtoJson.parse(body, MarkMilestoneRequest.newBuilder()).setMilestoneId(id).build(),
                Caller.of(authentication)));
    }

    /** {@code {"narrative": "…", "reason": "…"}}: the update's wording corrected; what it said before is kept. */
    @Put("/progress/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<String> correctProgress(String id, @Body String body, Authentication authentication) {
        return ProtoJson.ok(api.correctProgress(ProtoJson.parse(body, CorrectProgressRequest.newBuilder()).setProgressId(id).build(),
                Caller.of(authentication)));
    }

    @Put("/actions/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<String> evidence(String id, @Body String body, Authentication authentication) {
        return ProtoJson.ok(api.linkEvidence(ProtoJson.parse(body, LinkEvidenceRequest.newBuilder()).setActionId(id).build(),
                Caller.of(authentication)));
    }


}
