package uk.councilprotocol.console.enquiries;

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
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.enquiries.v1.AbsenceDraft;
import uk.councilprotocol.contracts.enquiries.v1.AbsenceRecorded;
import uk.councilprotocol.contracts.enquiries.v1.EndAbsenceRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListAbsencesRequest;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The Hub's absence cover: who is away, when, and who covers them (their open enquiries move to the cover for those
 * days; new ones route to the cover). enquiries-service checks who may record one and names each bad field.
 */
@Controller("/enquiries/absences")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AbsencesController {
    private final Backends backends;
    private final Pages pages;

    public AbsencesController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> absences(HttpRequest<?> request, @Nullable @QueryValue Integer moved, @Nullable @QueryValue String ended) {
        Map<String, Object> model = model(Sessions.of(request), List.of(), Map.of(), moved);
        model.put("ended", ended != null);
        return pages.ok(request, "absences", model);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        try {
            AbsenceRecorded recorded = backends.absences(session).recordAbsence(AbsenceDraft.newBuilder()
                    .setOfficerId(form.getOrDefault("officer_id", "").strip()).setStartsOn(form.getOrDefault("starts_on", "").strip())
                    .setEndsOn(form.getOrDefault("ends_on", "").strip()).setCoverOfficerId(form.getOrDefault("cover_officer_id", "").strip())
                    .build());
            return HttpResponse.seeOther(URI.create("/enquiries/absences?moved=" + recorded.getEnquiriesMoved()));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "absences", model(session, FormErrors.of(e), form, null));
        }
    }

    /** The officer is back sooner: the absence ends yesterday, or is withdrawn if it had not begun. */
    @Post("/{absenceId}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> end(HttpRequest<?> request, String absenceId, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        try {
            backends.absences(session).endAbsence(EndAbsenceRequest.newBuilder().setAbsenceId(absenceId).build());
            return HttpResponse.seeOther(URI.create("/enquiries/absences?ended=yes"));
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() != io.grpc.Status.Code.FAILED_PRECONDITION) {
                throw e;
            }
            return pages.render(HttpStatus.CONFLICT, request, "absences", model(session,
                    List.of(new FormErrors.FieldError("", e.getStatus().getDescription())), Map.of(), null));
        }
    }

    private Map<String, Object> model(Session session, List<FormErrors.FieldError> errors, Map<String, String> form,
                                      @Nullable Integer moved) {
        var absences = backends.absences(session).listAbsences(ListAbsencesRequest.getDefaultInstance()).getAbsencesList();
        return Page.model(session, "Absence cover", "enquiries", "absences", absences, "errors", errors, "form", form,
                "moved", moved == null ? -1 : moved, "ended", false, "officers", OfficerChoices.of(backends, session));
    }
}
