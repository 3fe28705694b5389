package uk.councilprotocol.console.training;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
import uk.councilprotocol.contracts.training.v1.Completion;
import uk.councilprotocol.contracts.training.v1.CorrectCompletionRequest;
import uk.councilprotocol.contracts.training.v1.ListPersonCompletionsRequest;
import uk.councilprotocol.contracts.training.v1.WithdrawCompletionRequest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HR puts right a completion recorded wrongly: corrects its date, provider or evidence, or withdraws it, saying why.
 * training-service checks the role and the fields; its errors land in the error summary.
 */
@Controller("/compliance/people/{personId}/completions/{completionId}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CorrectionsController {
    private final Backends backends;
    private final Pages pages;

    public CorrectionsController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> show(HttpRequest<?> request, String personId, String completionId) {
        Session session = Sessions.of(request);
        return pages.ok(request, "completion-correct", model(session, personId, find(session, personId, completionId), List.of(), Map.of()));
    }

    @Post("/correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> correct(HttpRequest<?> request, String personId, String completionId, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        Completion completion = find(session, personId, completionId);
        List<FormErrors.FieldError> errors = new ArrayList<>();
        String date = GovukDate.iso(form, "completed_on", errors);
        if (errors.isEmpty()) {
            try {
                backends.completions(session).correctCompletion(CorrectCompletionRequest.newBuilder().setCompletionId(completionId)
                        .setCompletedOn(date).setProvider(form.getOrDefault("provider", ""))
                        .setEvidenceReference(form.getOrDefault("evidence_reference", "")).setReason(form.getOrDefault("reason", "")).build());
                return HttpResponse.seeOther(URI.create("/compliance/people/" + personId + "?saved=corrected"));
            } catch (StatusRuntimeException e) {
                errors.addAll(MoreTimeController.errorsOf(e));
            }
        }
        return pages.render(HttpStatus.BAD_REQUEST, request, "completion-correct", model(session, personId, completion, errors, form));
    }

    @Post("/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> withdraw(HttpRequest<?> request, String personId, String completionId, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        Completion completion = find(session, personId, completionId);
        try {
            backends.completions(session).withdrawCompletion(WithdrawCompletionRequest.newBuilder().setCompletionId(completionId)
                    .setReason(form.getOrDefault("withdraw_reason", "")).build());
            return HttpResponse.seeOther(URI.create("/compliance/people/" + personId + "?saved=withdrawn"));
        } catch (StatusRuntimeException e) {
            // the form's own field: the service calls it "reason", as the correction's is called
            List<FormErrors.FieldError> errors = MoreTimeController.errorsOf(e).stream()
                    .map(f -> f.field().equals("reason") ? new FormErrors.FieldError("withdraw_reason", f.message()) : f).toList();
            return pages.render(HttpStatus.BAD_REQUEST, request, "completion-correct", model(session, personId, completion, errors, form));
        }
    }

    private Completion find(Session session, String personId, String completionId) {
        return backends.completions(session).listPersonCompletions(ListPersonCompletionsRequest.newBuilder().setPersonId(personId).build())
                .getCompletionsList().stream().filter(c -> c.getId().equals(completionId)).findFirst()
                .orElseThrow(() -> Status.NOT_FOUND.withDescription("This person has no such completion.").asRuntimeException());
    }

    private static Map<String, Object> model(Session session, String personId, Completion completion,
                                             List<FormErrors.FieldError> errors, Map<String, String> form) {
        return Page.model(session, "Correct a completion", "compliance", "personId", personId, "completion", completion,
                "errors", errors, "form", form);
    }
}
