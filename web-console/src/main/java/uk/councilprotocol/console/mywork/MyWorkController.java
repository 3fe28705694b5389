package uk.councilprotocol.console.mywork;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
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
import uk.councilprotocol.contracts.enquiries.v1.Enquiry;
import uk.councilprotocol.contracts.enquiries.v1.ListAssignedRequest;
import uk.councilprotocol.contracts.plans.v1.Action;
import uk.councilprotocol.contracts.plans.v1.ListMyActionsRequest;
import uk.councilprotocol.contracts.training.v1.CourseCompliance;
import uk.councilprotocol.contracts.training.v1.GetPersonComplianceRequest;

import java.util.List;
import java.util.Map;

/** "My work": the signed-in person's training, the actions they answer for, and their department's enquiries. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class MyWorkController {
    private final Backends backends;
    private final Pages pages;

    public MyWorkController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get("/")
    public HttpResponse<String> myWork(HttpRequest<?> request) {
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
        List<Action> actions = backends.plans(session).listMyActions(ListMyActionsRequest.getDefaultInstance()).getActionsList();
        List<Enquiry> enquiries = session.department()
                ? backends.enquiries(session).listAssigned(ListAssignedRequest.getDefaultInstance()).getEnquiriesList()
                : List.of();
        return pages.ok(request, "my-work", Page.model(session, "My work", "my-work", "training", training, "onRoster", onRoster, "actions", actions,
                "enquiries", enquiries));
    }
}
