package uk.councilprotocol.console.mywork;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.AtOnce;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.enquiries.v1.ListAssignedRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListEnquiriesResponse;
import uk.councilprotocol.contracts.notifications.v1.GetMyPreferencesRequest;
import uk.councilprotocol.contracts.notifications.v1.MyPreferences;
import uk.councilprotocol.contracts.notifications.v1.SetMyPreferencesRequest;
import uk.councilprotocol.contracts.plans.v1.ListMyActionsRequest;
import uk.councilprotocol.contracts.training.v1.CourseCompliance;
import uk.councilprotocol.contracts.training.v1.ExtensionRequest;
import uk.councilprotocol.contracts.training.v1.ExtensionStatus;
import uk.councilprotocol.contracts.training.v1.GetPersonComplianceRequest;
import uk.councilprotocol.contracts.training.v1.ListExtensionRequestsRequest;
import uk.councilprotocol.contracts.training.v1.ListTeamRequest;
import uk.councilprotocol.console.training.MoreTimeController;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * "My work": the signed-in person's training (and their requests for more time, and others' they are to decide), the actions they answer for, their department's enquiries, and how
 * they want to be kept up to date.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class MyWorkController {
    /** Enquiries shown on the page; the board has the rest. */
    static final int ENQUIRIES_SHOWN = 20;

    private final Backends backends;
    private final Pages pages;
    private final ExecutorService blocking;

    public MyWorkController(Backends backends, Pages pages, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.backends = backends;
        this.pages = pages;
        this.blocking = blocking;
    }

    @Post("/preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> preferences(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        backends.preferences(session).setMyPreferences(SetMyPreferencesRequest.newBuilder()
                .setTraining(form.getOrDefault("training", "")).setActions(form.getOrDefault("actions", "")).build());
        return HttpResponse.seeOther(URI.create("/?saved=preferences"));
    }

    @Get("/")
    public HttpResponse<String> myWork(HttpRequest<?> request, @Nullable @QueryValue String saved) {
        Session session = Sessions.of(request);
        // the page's calls at once (AtOnce): it takes as long as the slowest of them
        var training = AtOnce.call(() -> ownTraining(session), blocking);
        var pending = AtOnce.call(() -> backends.extensions(session).listExtensionRequests(ListExtensionRequestsRequest.newBuilder()
                .setStatus(ExtensionStatus.PENDING).build()).getRequestsList(), blocking);
        var team = AtOnce.call(() -> backends.compliance(session).listTeam(ListTeamRequest.getDefaultInstance()).getPeopleCount(), blocking);
        var actions = AtOnce.call(() -> backends.plans(session).listMyActions(ListMyActionsRequest.getDefaultInstance())
                .getActionsList(), blocking);
        // a summary: the first few in deadline order, and the board for the rest
        var enquiries = AtOnce.call(() -> session.department() || session.councillor()
                ? backends.enquiries(session).listAssigned(ListAssignedRequest.newBuilder().setPageSize(ENQUIRIES_SHOWN).build())
                : ListEnquiriesResponse.getDefaultInstance(), blocking);
        var preferences = AtOnce.call(() -> backends.preferences(session).getMyPreferences(GetMyPreferencesRequest.getDefaultInstance()),
                blocking);
        Map<String, ExtensionRequest> askedFor = AtOnce.answer(pending).stream().filter(r -> r.getPersonId().equals(session.personId()))
                .collect(Collectors.toMap(ExtensionRequest::getAssignmentId, r -> r, (a, b) -> a));
        List<ExtensionRequest> toDecide = AtOnce.answer(pending).stream().filter(r -> MoreTimeController.mayDecide(session, r)
                && (session.personId().equals(r.getApproverId()) || r.getApproverId().isEmpty())).toList();
        Optional<List<CourseCompliance>> own = AtOnce.answer(training);
        return pages.ok(request, "my-work", Page.model(session, "My work", "my-work", "training", own.orElse(List.of()),
                "onRoster", own.isPresent(), "askedFor", askedFor, "toDecide", toDecide, "team", AtOnce.answer(team),
                "actions", AtOnce.answer(actions), "enquiries", AtOnce.answer(enquiries).getEnquiriesList(),
                "enquiriesTotal", AtOnce.answer(enquiries).getTotalSize(), "saved", saved == null ? "" : saved,
                "topics", topics(AtOnce.answer(preferences))));
    }

    /** The person's own courses; empty when they are not on the council's roster (an administrator, a visiting officer). */
    private Optional<List<CourseCompliance>> ownTraining(Session session) {
        try {
            return Optional.of(backends.compliance(session).getPersonCompliance(GetPersonComplianceRequest.newBuilder()
                    .setPersonId(session.personId()).build()).getCoursesList());
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() != Status.Code.NOT_FOUND && e.getStatus().getCode() != Status.Code.PERMISSION_DENIED) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** One choice on the page: the form field, its legend and what is in effect. */
    public record TopicChoice(String name, String legend, String delivery) {
    }

    static List<TopicChoice> topics(MyPreferences chosen) {
        return List.of(new TopicChoice("training", "Training reminders", chosen.getTraining()),
                new TopicChoice("actions", "Action plan reminders", chosen.getActions()));
    }
}
