package uk.councilprotocol.console.training;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.GovukDate;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.training.v1.CourseCompliance;
import uk.councilprotocol.contracts.training.v1.DecideExtensionRequest;
import uk.councilprotocol.contracts.training.v1.ExtensionDecision;
import uk.councilprotocol.contracts.training.v1.ExtensionRequest;
import uk.councilprotocol.contracts.training.v1.ExtensionStatus;
import uk.councilprotocol.contracts.training.v1.GetExtensionRequestRequest;
import uk.councilprotocol.contracts.training.v1.GetPersonComplianceRequest;
import uk.councilprotocol.contracts.training.v1.RequestExtensionRequest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Asking for more time on one's own training, and deciding someone's request (their line manager, group leader or
 * HR). training-service decides who may do which and checks the dates; the pages show its answers.
 */
@Controller("/training")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MoreTimeController {
    private final Backends backends;
    private final Pages pages;

    public MoreTimeController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get("/assignments/{assignmentId}/more-time")
    public HttpResponse<String> askForm(HttpRequest<?> request, String assignmentId) {
        Session session = Sessions.of(request);
        return pages.ok(request, "more-time-ask", askModel(session, course(session, assignmentId), List.of(), Map.of()));
    }

    @Post("/assignments/{assignmentId}/more-time")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> ask(HttpRequest<?> request, String assignmentId, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        CourseCompliance course = course(session, assignmentId);
        List<FormErrors.FieldError> errors = new ArrayList<>();
        String date = GovukDate.iso(form, "requested_due_date", errors);
        if (errors.isEmpty()) {
            try {
                backends.extensions(session).requestExtension(RequestExtensionRequest.newBuilder().setAssignmentId(assignmentId)
                        .setRequestedDueDate(date).setReason(form.getOrDefault("reason", "")).build());
                return HttpResponse.seeOther(URI.create("/?saved=more-time"));
            } catch (StatusRuntimeException e) {
                errors.addAll(errorsOf(e));
            }
        }
        return pages.render(HttpStatus.BAD_REQUEST, request, "more-time-ask", askModel(session, course, errors, form));
    }

    @Get("/more-time-requests/{requestId}")
    public HttpResponse<String> show(HttpRequest<?> request, String requestId, @Nullable @QueryValue String saved) {
        Session session = Sessions.of(request);
        return pages.ok(request, "more-time-decide", decideModel(session, find(session, requestId), saved != null, List.of(), Map.of()));
    }

    @Post("/more-time-requests/{requestId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decide(HttpRequest<?> request, String requestId, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        String choice = form.getOrDefault("decision", "");
        List<FormErrors.FieldError> errors = new ArrayList<>();
        try {
            backends.extensions(session).decideExtension(DecideExtensionRequest.newBuilder().setRequestId(requestId)
                    .setDecision(switch (choice) {
                        case "APPROVE" -> ExtensionDecision.APPROVE;
                        case "DECLINE" -> ExtensionDecision.DECLINE;
                        default -> ExtensionDecision.EXTENSION_DECISION_UNSPECIFIED;
                    })
                    .setNote(form.getOrDefault("note", "")).build());
            return HttpResponse.seeOther(URI.create("/training/more-time-requests/" + requestId + "?saved=1"));
        } catch (StatusRuntimeException e) {
            errors.addAll(errorsOf(e));
        }
        return pages.render(HttpStatus.BAD_REQUEST, request, "more-time-decide",
                decideModel(session, find(session, requestId), false, errors, form));
    }

    /** Whether the signed-in person may decide it (the service checks again): its approver, or HR; never the person. */
    public static boolean mayDecide(Session session, ExtensionRequest request) {
        return request.getStatus() == ExtensionStatus.PENDING && !session.personId().equals(request.getPersonId())
                && (session.personId().equals(request.getApproverId()) || session.managesTraining());
    }

    private ExtensionRequest find(Session session, String requestId) {
        return backends.extensions(session).getExtensionRequest(GetExtensionRequestRequest.newBuilder().setRequestId(requestId).build());
    }

    /** The signed-in person's own course the assignment is for: nobody asks here for someone else. */
    private CourseCompliance course(Session session, String assignmentId) {
        return backends.compliance(session).getPersonCompliance(GetPersonComplianceRequest.newBuilder()
                        .setPersonId(session.personId()).build()).getCoursesList().stream()
                .filter(c -> c.getAssignmentId().equals(assignmentId)).findFirst()
                .orElseThrow(() -> Status.NOT_FOUND.withDescription("None of your training has that assignment.").asRuntimeException());
    }

    /** A refusal of the request as a whole (already asked, no longer open) shows in the error summary like a field's. */
    static List<FormErrors.FieldError> errorsOf(StatusRuntimeException e) {
        if (e.getStatus().getCode() == Status.Code.FAILED_PRECONDITION) {
            return List.of(new FormErrors.FieldError("", e.getStatus().getDescription()));
        }
        return FormErrors.of(e);
    }

    private static Map<String, Object> askModel(Session session, CourseCompliance course, List<FormErrors.FieldError> errors,
                                                Map<String, String> form) {
        return Page.model(session, "Ask for more time", "my-work", "course", course, "errors", errors, "form", form);
    }

    private static Map<String, Object> decideModel(Session session, ExtensionRequest request, boolean saved,
                                                   List<FormErrors.FieldError> errors, Map<String, String> form) {
        return Page.model(session, "Request for more time", "my-work", "request", request, "mayDecide", mayDecide(session, request),
                "saved", saved, "errors", errors, "form", form);
    }
}
