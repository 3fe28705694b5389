package uk.councilprotocol.console.training;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.training.v1.ExtensionRequest;
import uk.councilprotocol.contracts.training.v1.ExtensionStatus;
import uk.councilprotocol.contracts.training.v1.ListExtensionRequestsRequest;
import uk.councilprotocol.contracts.training.v1.ListTeamRequest;
import uk.councilprotocol.contracts.training.v1.PersonCompliance;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "My team": a line manager's reports, and a group leader's councillors, each with their training, what is overdue
 * and the requests for more time waiting for the signed-in person's decision.
 */
@Controller("/team")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TeamController {
    private final Backends backends;
    private final Pages pages;

    public TeamController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> team(HttpRequest<?> request) {
        Session session = Sessions.of(request);
        List<PersonCompliance> team = backends.compliance(session).listTeam(ListTeamRequest.getDefaultInstance()).getPeopleList();
        Map<String, ExtensionRequest> waiting = backends.extensions(session).listExtensionRequests(ListExtensionRequestsRequest.newBuilder()
                        .setStatus(ExtensionStatus.PENDING).build()).getRequestsList().stream()
                .filter(r -> session.personId().equals(r.getApproverId()))
                .collect(Collectors.toMap(ExtensionRequest::getAssignmentId, r -> r, (a, b) -> a));
        long overdue = team.stream().flatMap(p -> p.getCoursesList().stream()).filter(c -> c.getState().name().equals("OVERDUE")).count();
        return pages.ok(request, "team", Page.model(session, "My team", "my-work", "team", team, "waiting", waiting, "overdue", overdue));
    }
}
