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
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.enquiries.v1.Enquiry;
import uk.councilprotocol.contracts.notifications.v1.GetMyPreferencesRequest;
import uk.councilprotocol.contracts.notifications.v1.MyPreferences;
import uk.councilprotocol.contracts.notifications.v1.SetMyPreferencesRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListAssignedRequest;
import uk.councilprotocol.contracts.plans.v1.Action;
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
import java.util.stream.Collectors;

/**
 * "My work": the signed-in person's training (and their requests for more time, and others' they are to decide), the actions they answer for, their department's enquiries, and how
 * they want to be kept up to date.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class MyWorkController {
    private final Backends backends;
    private final Pages pages;

    public MyWorkController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
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
        List<CourseCompliance> training = List.of();
        boolean onRoster = true;
        try {
            training = backends.compliance(session).getPersonCompliance(GetPersonComplianceRequest.newBuilder()
                    .setPersonId(session.personId()).build()).getCoursesList();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() != Status.Code.NOT_FOUND && e.getStatus().getCode() != Status.Code.PERMISSION_DENIED) {
                throw e;
            }
            onRoster = false;
        }
        List<ExtensionRequest> pending = backends.extensions(session).listExtensionRequests(ListExtensionRequestsRequest.newBuilder()
                .setStatus(ExtensionStatus.PENDING).build()).getRequestsList();
        Map<String, ExtensionRequest> askedFor = pending.stream().filter(r -> r.getPersonId().equals(session.personId()))
                .collect(Collectors.toMap(ExtensionRequest::getAssignmentId, r -> r, (a, b) -> a));
        List<ExtensionRequest> toDecide = pending.stream().filter(r -> MoreTimeController.mayDecide(session, r)
                && (session.personId().equals(r.getApproverId()) || r.getApproverId().isEmpty())).toList();
        int team = backends.compliance(session).listTeam(ListTeamRequest.getDefaultInstance()).getPeopleCount();
        List<Action> actions = backends.plans(session).listMyActions(ListMyActionsRequest.getDefaultInstance()).getActionsList();
        List<Enquiry> enquiries = session.department() || session.councillor()
                ? backends.enquiries(session).listAssigned(ListAssignedRequest.getDefaultInstance()).getEnquiriesList()
                : List.of();
        return pages.ok(request, "my-work", Page.model(session, "My work", "my-work", "training", training, "onRoster", onRoster,
                "askedFor", askedFor, "toDecide", toDecide, "team", team, "actions", actions,
                "enquiries", enquiries, "saved", saved == null ? "" : saved,
                "topics", topics(backends.preferences(session).getMyPreferences(GetMyPreferencesRequest.getDefaultInstance()))));
    }

    /** One choice on the page: the form field, its legend and what is in effect. */
    public record TopicChoice(String name, String legend, String delivery) {
    }

    static List<TopicChoice> topics(MyPreferences chosen) {
        return List.of(new TopicChoice("training", "Training reminders", chosen.getTraining()),
                new TopicChoice("actions", "Action plan reminders", chosen.getActions()));
    }
}
