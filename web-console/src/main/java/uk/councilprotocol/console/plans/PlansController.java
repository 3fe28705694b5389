package uk.councilprotocol.console.plans;

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
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.plans.v1.ActionStatus;
import uk.councilprotocol.contracts.plans.v1.ChangeDueDateRequest;
import uk.councilprotocol.contracts.plans.v1.ChangeOwnerRequest;
import uk.councilprotocol.contracts.plans.v1.CommitteeReport;
import uk.councilprotocol.contracts.plans.v1.CommitteeReportRequest;
import uk.councilprotocol.contracts.plans.v1.GetActionRequest;
import uk.councilprotocol.contracts.plans.v1.GetPlanRequest;
import uk.councilprotocol.contracts.plans.v1.ImportPlanRequest;
import uk.councilprotocol.contracts.plans.v1.ImportReport;
import uk.councilprotocol.contracts.plans.v1.LinkEvidenceRequest;
import uk.councilprotocol.contracts.plans.v1.ListPlansRequest;
import uk.councilprotocol.contracts.plans.v1.CorrectProgressRequest;
import uk.councilprotocol.contracts.plans.v1.MarkMilestoneRequest;
import uk.councilprotocol.contracts.plans.v1.OverrideRagRequest;
import uk.councilprotocol.contracts.plans.v1.PlansGrpc;
import uk.councilprotocol.contracts.plans.v1.Rag;
import uk.councilprotocol.contracts.plans.v1.RecordProgressRequest;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Plans: each plan's themes and actions with RAG and progress, an action's history, adding progress, the committee report. */
@Controller("/plans")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlansController {
    /** The upload box of a committee paper, Word or PDF. */
    static final String PAPER = "paper";
    private static final com.google.protobuf.ByteString PDF_SIGNATURE = com.google.protobuf.ByteString.copyFromUtf8("%PDF-");

    static final List<String> STATUSES = Arrays.stream(ActionStatus.values())
            .filter(s -> s != ActionStatus.ACTION_STATUS_UNSPECIFIED && s != ActionStatus.UNRECOGNIZED).map(Enum::name).toList();

    private final Backends backends;
    private final Pages pages;

    public PlansController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> plans(HttpRequest<?> request) {
        Session session = Sessions.of(request);
        return pages.ok(request, "plans", Page.model(session, "Action plans", "plans",
                "plans", backends.plans(session).listPlans(ListPlansRequest.getDefaultInstance()).getPlansList()));
    }

    @Get("/import")
    public HttpResponse<String> importForm(HttpRequest<?> request) {
        return pages.ok(request, "plan-import", Page.model(Sessions.of(request), "Import a plan table", "plans",
                "errors", List.of(), "form", Map.of(), "report", false));
    }

    /** A table pasted from a committee paper: a new plan, or a progress update onto a plan already here. */
    @Post("/import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> importTable(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        ImportPlanRequest.Builder table = ImportPlanRequest.newBuilder().setTable(form.getOrDefault("table", ""))
                .setPlanId(form.getOrDefault("plan_id", "")).setTitle(form.getOrDefault("title", ""))
                .setCouncil(form.getOrDefault("council", "")).setRecommendationSource(form.getOrDefault("recommendation_source", ""))
                .setProgressDate(form.getOrDefault("progress_date", ""));
        for (String line : form.getOrDefault("mapping", "").split("\\R")) {
            int arrow = line.indexOf('=');
            if (arrow > 0) {
                table.putMapping(line.substring(0, arrow).strip(), line.substring(arrow + 1).strip());
            }
        }
        try {
            ImportReport report = backends.plans(session).importPlan(table.build());
            return pages.ok(request, "plan-import", Page.model(session, "Import a plan table", "plans", "errors", List.of(),
                    "form", Map.of(), "report", true, "result", report));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "plan-import", Page.model(session, "Import a plan table", "plans",
                    "errors", FormErrors.of(e), "form", form, "report", false));
        }
    }

    /**
     * The committee paper as a Word document or a PDF (told apart by how the file begins, not by its name):
     * plans-service reads its tables as it reads a pasted one.
     */
    @Post("/import/paper")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<String> importPaper(HttpRequest<?> request, @Nullable @Part("paper") CompletedFileUpload file,
                                            @Nullable @Part("csrf") String csrf, @Nullable @Part("title") String title,
                                            @Nullable @Part("plan_id") String planId) throws java.io.IOException {
        Session session = Sessions.of(request);
        Csrf.check(session, Map.of(Csrf.FIELD, csrf == null ? "" : csrf));
        if (file == null || file.getSize() == 0) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "plan-import", Page.model(session, "Import a plan table", "plans",
                    "errors", List.of(new FormErrors.FieldError(PAPER, "is required: choose the committee paper (.docx or .pdf)")),
                    "form", Map.of(), "report", false));
        }
        byte[] paper = file.getBytes();
        ImportPlanRequest.Builder ask = ImportPlanRequest.newBuilder()
                .setTitle(title == null ? "" : title).setPlanId(planId == null ? "" : planId.strip());
        com.google.protobuf.ByteString bytes = com.google.protobuf.ByteString.copyFrom(paper);
        if (bytes.startsWith(PDF_SIGNATURE)) {
            ask.setPdf(bytes);
        } else {
            ask.setDocx(bytes);
        }
        try {
            ImportReport report = backends.plans(session).importPlan(ask.build());
            return pages.ok(request, "plan-import", Page.model(session, "Import a plan table", "plans", "errors", List.of(),
                    "form", Map.of(), "report", true, "result", report));
        } catch (StatusRuntimeException e) {
            // the service names the file docx or pdf; the page has one box for either
            List<FormErrors.FieldError> errors = FormErrors.of(e).stream()
                    .map(error -> error.field().equals("docx") || error.field().equals("pdf")
                            ? new FormErrors.FieldError(PAPER, error.message()) : error).toList();
            return pages.render(HttpStatus.BAD_REQUEST, request, "plan-import", Page.model(session, "Import a plan table", "plans",
                    "errors", errors, "form", Map.of(), "report", false));
        }
    }

    @Get("/{planId}")
    public HttpResponse<String> plan(HttpRequest<?> request, String planId) {
        return pages.ok(request, "plan", planModel(Sessions.of(request), planId, List.of(), Map.of()));
    }

    private Map<String, Object> planModel(Session session, String planId, List<FormErrors.FieldError> errors, Map<String, String> report) {
        var plan = backends.plans(session).getPlan(GetPlanRequest.newBuilder().setPlanId(planId).build());
        return Page.model(session, plan.getTitle(), "plans", "plan", plan, "errors", errors, "report", report,
                "following", FollowController.follows(backends, session, "plan", plan.getId()));
    }

    @Get("/{planId}/actions/{actionId}")
    public HttpResponse<String> action(HttpRequest<?> request, String planId, String actionId, @Nullable @QueryValue String saved) {
        return pages.ok(request, "action", actionModel(Sessions.of(request), planId, actionId,
                saved == null ? "" : SAVED.getOrDefault(saved, ""),
                List.of(), Map.of()));
    }

    /** What each form's banner says once it is done. */
    static final Map<String, String> SAVED = Map.of("progress", "Progress update saved", "deadline", "The deadline was moved",
            "rag", "The RAG rating was saved", "evidence", "The evidence was saved", "owner", "The owner was changed",
            "milestone", "The milestone was saved", "correction", "The progress update was corrected");

    /** The Monitoring Officer's team moves a deadline, as the committee agreed it, with the reason. */
    @Post("/{planId}/actions/{actionId}/deadline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> deadline(HttpRequest<?> request, String planId, String actionId, @Body Map<String, String> form) {
        return change(request, planId, actionId, form, "deadline", (plans, f) -> plans.changeDueDate(ChangeDueDateRequest.newBuilder()
                .setActionId(actionId).setDue(f.getOrDefault("due", "")).setReason(f.getOrDefault("due_reason", "")).build()));
    }

    /** The committee's own RAG rating, with its reason; "automatic" removes it. */
    @Post("/{planId}/actions/{actionId}/rag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> rag(HttpRequest<?> request, String planId, String actionId, @Body Map<String, String> form) {
        String rating = form.getOrDefault("rag", "");
        return change(request, planId, actionId, form, "rag", (plans, f) -> plans.overrideRag(OverrideRagRequest.newBuilder()
                .setActionId(actionId).setRag(RATINGS.contains(rating) ? Rag.valueOf(rating) : Rag.RAG_UNSPECIFIED)
                .setReason(f.getOrDefault("rag_reason", "")).build()));
    }

    /** A live figure for the action: a course's completion in a group, or the Hub's enquiries answered on time. */
    @Post("/{planId}/actions/{actionId}/evidence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> evidence(HttpRequest<?> request, String planId, String actionId, @Body Map<String, String> form) {
        return change(request, planId, actionId, form, "evidence", (plans, f) -> plans.linkEvidence(LinkEvidenceRequest.newBuilder()
                .setActionId(actionId).setMeasure(f.getOrDefault("measure", "")).setCourseCode(f.getOrDefault("course_code", ""))
                .setGroupBy(f.getOrDefault("group_by", "")).setGroup(f.getOrDefault("group", "")).build()));
    }

    /** The standards team names a new owner: a person or a post; who answers for the action follows. */
    @Post("/{planId}/actions/{actionId}/owner")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> owner(HttpRequest<?> request, String planId, String actionId, @Body Map<String, String> form) {
        return change(request, planId, actionId, form, "owner", (plans, f) -> plans.changeOwner(ChangeOwnerRequest.newBuilder()
                .setActionId(actionId).setOwner(f.getOrDefault("owner", "")).setReason(f.getOrDefault("owner_reason", "")).build()));
    }

    /** A milestone marked done, or not done after all, by those who may update the action. */
    @Post("/{planId}/actions/{actionId}/milestones/{milestoneId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> milestone(HttpRequest<?> request, String planId, String actionId, String milestoneId,
                                     @Body Map<String, String> form) {
        return change(request, planId, actionId, form, "milestone", (plans, f) -> plans.markMilestone(MarkMilestoneRequest
                .newBuilder().setMilestoneId(milestoneId).setDone("yes".equals(f.get("done"))).build()));
    }

    /**
     * A progress update's wording corrected, with the reason, by those who may update the action. On a refusal the
     * page shows that update's form open, its boxes named {@code correction} and {@code correction_reason}.
     */
    @Post("/{planId}/actions/{actionId}/progress/{progressId}/correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> correction(HttpRequest<?> request, String planId, String actionId, String progressId,
                                      @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        try {
            backends.plans(session).correctProgress(CorrectProgressRequest.newBuilder().setProgressId(progressId)
                    .setNarrative(form.getOrDefault("correction", "")).setReason(form.getOrDefault("correction_reason", "")).build());
            return HttpResponse.seeOther(URI.create("/plans/" + planId + "/actions/" + actionId + "?saved=correction"));
        } catch (StatusRuntimeException e) {
            List<FormErrors.FieldError> errors = FormErrors.of(e).stream().map(error -> new FormErrors.FieldError(
                    switch (error.field()) {
                        case "narrative" -> "correction";
                        case "reason" -> "correction_reason";
                        default -> error.field();
                    }, error.message())).toList();
            Map<String, String> kept = new java.util.HashMap<>(form);
            kept.put("progress_id", progressId);
            return pages.render(HttpStatus.BAD_REQUEST, request, "action", actionModel(session, planId, actionId, "", errors, kept));
        }
    }

    static final List<String> RATINGS = List.of("RED", "AMBER", "GREEN", "BLUE", "NOT_RATED");

    /** One of the management forms: the service checks the role and names each bad field; the form is kept on error. */
    private HttpResponse<?> change(HttpRequest<?> request, String planId, String actionId, Map<String, String> form, String done,
                                   java.util.function.BiConsumer<PlansGrpc.PlansBlockingStub, Map<String, String>> call) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        try {
            call.accept(backends.plans(session), form);
            return HttpResponse.seeOther(URI.create("/plans/" + planId + "/actions/" + actionId + "?saved=" + done));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "action", actionModel(session, planId, actionId, "", FormErrors.of(e), form));
        }
    }

    @Post("/{planId}/actions/{actionId}/progress")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> progress(HttpRequest<?> request, String planId, String actionId, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        RecordProgressRequest.Builder progress = RecordProgressRequest.newBuilder().setActionId(actionId)
                .setNarrative(form.getOrDefault("narrative", ""));
        String status = form.getOrDefault("status", "");
        if (STATUSES.contains(status)) {
            progress.setStatus(ActionStatus.valueOf(status));
        }
        try {
            backends.plans(session).recordProgress(progress.build());
            return HttpResponse.seeOther(URI.create("/plans/" + planId + "/actions/" + actionId + "?saved=progress"));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "action", actionModel(session, planId, actionId, "", FormErrors.of(e), form));
        }
    }

    /**
     * The Standards Committee report for a period, as a page, a Word file or a PDF (plans-service renders each); a
     * bad period is shown on the plan's page, naming the field.
     */
    @Get("/{planId}/report")
    public HttpResponse<?> report(HttpRequest<?> request, String planId, @Nullable @QueryValue String format,
                                  @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        Session session = Sessions.of(request);
        CommitteeReport report;
        try {
            report = backends.plans(session).getCommitteeReport(CommitteeReportRequest.newBuilder().setPlanId(planId)
                    .setFormat(format == null ? "" : format).setFrom(from == null ? "" : from).setTo(to == null ? "" : to).build());
        } catch (StatusRuntimeException e) {
            Map<String, String> asked = new java.util.HashMap<>();
            asked.put("from", from == null ? "" : from);
            asked.put("to", to == null ? "" : to);
            asked.put("format", format == null ? "" : format);
            return pages.render(HttpStatus.BAD_REQUEST, request, "plan", planModel(session, planId, FormErrors.of(e), asked));
        }
        var reply = HttpResponse.ok(report.getContent().toByteArray()).contentType(report.getContentType());
        if (!report.getContentType().startsWith("text/html")) {
            reply.getHeaders().add("Content-Disposition", "attachment; filename=\"" + report.getFileName() + "\"");
        }
        return reply;
    }

    private Map<String, Object> actionModel(Session session, String planId, String actionId, String saved,
                                            List<FormErrors.FieldError> errors, Map<String, String> form) {
        var action = backends.plans(session).getAction(GetActionRequest.newBuilder().setActionId(actionId).build());
        return Page.model(session, "Action " + (action.getReference().isBlank() ? "" : action.getReference() + " ") + "— " + action.getTheme(),
                "plans", "planId", planId, "action", action, "statuses", STATUSES, "saved", saved, "errors", errors, "form", form,
                "ratings", RATINGS,
                "following", FollowController.follows(backends, session, "action", action.getId()));
    }
}
