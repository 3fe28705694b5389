package uk.councilprotocol.training.extensions;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.AssignmentDueDateChanged;
import uk.councilprotocol.contracts.training.v1.DecideExtensionRequest;
import uk.councilprotocol.contracts.training.v1.ExtensionDecided;
import uk.councilprotocol.contracts.training.v1.ExtensionDecision;
import uk.councilprotocol.contracts.training.v1.ExtensionRequest;
import uk.councilprotocol.contracts.training.v1.ExtensionRequested;
import uk.councilprotocol.contracts.training.v1.ExtensionStatus;
import uk.councilprotocol.contracts.training.v1.ExtensionsGrpc;
import uk.councilprotocol.contracts.training.v1.ListExtensionRequestsRequest;
import uk.councilprotocol.contracts.training.v1.RequestExtensionRequest;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;
import uk.councilprotocol.training.TrainingFixtures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests for more time, through HTTP, gRPC, Kafka and SQL: a person asks with a date and a reason; their line
 * manager (a councillor's group leader; HR where there is neither) approves or declines; an approval moves the
 * assignment's due date. Who may ask, see and decide is checked both ways.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtensionRequestsTest extends ServiceCallsTest {
    @Inject
    Clock clock;

    LocalDate today;

    @BeforeAll
    void importRoster() {
        today = LocalDate.now(clock);
        String roster = TrainingFixtures.smallRoster("ext", today.toString())
                + "ext-CLLR3,Cllr Fay Follower,fay.follower@ext.example.gov.uk,councillor,,,Independent Group,," + today + ",true\n"
                + "ext-OFF2,Gil Officer,gil.officer@ext.example.gov.uk,officer,,Adults and Communities,,ext-DIR," + today + ",true\n";
        HttpCalls.Reply reply = as("hr-amy", "hr").post("/roster/import", "text/csv", roster);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    ExtensionsGrpc.ExtensionsBlockingStub grpc(String subject, String... roles) {
        return GrpcCalls.withToken(ExtensionsGrpc.newBlockingStub(channel), scope.token(subject, roles))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    /** The person's open assignment for a course, as their own compliance page gives it. */
    JsonNode assignment(String personId, String courseCode) {
        JsonNode courses = as("hr-amy", "hr").get("/compliance/people/" + personId).json().get("courses");
        for (JsonNode course : courses) {
            if (course.get("courseCode").asText().equals(courseCode)) {
                return course;
            }
        }
        throw new AssertionError(personId + " has no " + courseCode + ": " + courses);
    }

    String ask(LocalDate date, String reason) {
        return "{\"requestedDueDate\":\"" + date + "\",\"reason\":\"" + reason + "\"}";
    }

    @Test
    void anOfficerAsksAndTheirLineManagerApprovesSoTheDueDateMoves() throws Exception {
        JsonNode equality = assignment("ext-OFF", "EQUALITY_DIVERSITY");
        String assignmentId = equality.get("assignmentId").asText();
        LocalDate due = LocalDate.parse(equality.get("dueDate").asText());
        LocalDate wanted = due.plusDays(45);
        try (EventProbe events = scope.probe("training.events.v1")) {
            HttpCalls.Reply asked = as("ext-OFF", "officer").post("/assignments/" + assignmentId + "/extension-requests",
                    "application/json", ask(wanted, "On long-term leave until spring"));
            assertThat(asked.status()).as(asked.body()).isEqualTo(201);
            JsonNode request = asked.json().get("request");
            assertThat(request.get("status").asText()).isEqualTo("PENDING");
            assertThat(request.get("approverId").asText()).isEqualTo("ext-DIR");
            assertThat(request.get("approverRole").asText()).isEqualTo("line manager");
            assertThat(request.get("currentDueDate").asText()).isEqualTo(due.toString());
            assertThat(asked.json().get("courseTitle").asText()).isEqualTo("Equality and Diversity");
            String requestId = request.get("id").asText();

            ExtensionRequested requested = ExtensionRequested.parseFrom(events.awaitOnly(ExtensionRequested.getDescriptor().getFullName(), "ext-OFF"));
            assertThat(requested.getRequest().getId()).isEqualTo(requestId);
            assertThat(requested.getRequest().getPersonName()).isEqualTo("Cal Officer");
            assertThat(requested.getRequest().getReason()).isEqualTo("On long-term leave until spring");

            assertThat(as("ext-DIR", "officer").get("/extension-requests?status=pending").json().findValuesAsText("id"))
                    .as("the manager's list of what waits for them").contains(requestId);

            ExtensionRequest approved = grpc("ext-DIR", "officer").decideExtension(DecideExtensionRequest.newBuilder()
                    .setRequestId(requestId).setDecision(ExtensionDecision.APPROVE).setNote("Agreed; book the March session").build());
            assertThat(approved.getStatus()).isEqualTo(ExtensionStatus.APPROVED);
            assertThat(approved.getDecidedBy()).isEqualTo("ext-DIR");
            assertThat(approved.getDecidedAt()).isNotBlank();

            assertThat(assignment("ext-OFF", "EQUALITY_DIVERSITY").get("dueDate").asText()).isEqualTo(wanted.toString());
            assertThat(scope.text("SELECT due_date::text FROM training.assignment WHERE id = '" + assignmentId + "'"))
                    .isEqualTo(wanted.toString());
            AssignmentDueDateChanged moved = AssignmentDueDateChanged.parseFrom(
                    events.awaitOnly(AssignmentDueDateChanged.getDescriptor().getFullName(), "ext-OFF"));
            assertThat(moved.getAssignment().getDueDate()).isEqualTo(wanted.toString());
            assertThat(moved.getPreviousDueDate()).isEqualTo(due.toString());
            ExtensionDecided decided = ExtensionDecided.parseFrom(events.awaitOnly(ExtensionDecided.getDescriptor().getFullName(), "ext-OFF"));
            assertThat(decided.getRequest().getStatus()).isEqualTo(ExtensionStatus.APPROVED);
            assertThat(decided.getRequest().getDecisionNote()).isEqualTo("Agreed; book the March session");
        }
        HttpCalls.Reply again = hrDeclinesAgain(as("hr-amy", "hr"), assignmentId);
        assertThat(again.status()).as("decided once; deciding again is a conflict, not a second change").isEqualTo(409);
    }

    /** HR's attempt to decline the request already approved for this assignment. */
    private HttpCalls.Reply hrDeclinesAgain(HttpCalls hr, String assignmentId) {
        String requestId = scope.text("SELECT id::text FROM training.extension_request WHERE assignment_id = '" + assignmentId + "'");
        return hr.post("/extension-requests/" + requestId + "/decision", "application/json",
                "{\"decision\":\"DECLINE\",\"note\":\"too late\"}");
    }

    @Test
    void aDeclineKeepsTheDateAndSaysWhy() {
        JsonNode nolan = assignment("ext-OFF2", "EQUALITY_DIVERSITY");
        String assignmentId = nolan.get("assignmentId").asText();
        ExtensionRequest asked = grpc("ext-OFF2", "officer").requestExtension(RequestExtensionRequest.newBuilder()
                .setAssignmentId(assignmentId).setRequestedDueDate(LocalDate.parse(nolan.get("dueDate").asText()).plusDays(10).toString())
                .setReason("Busy").build());
        assertThatThrownBy(() -> grpc("ext-DIR", "officer").decideExtension(DecideExtensionRequest.newBuilder()
                .setRequestId(asked.getId()).setDecision(ExtensionDecision.DECLINE).build()))
                .as("declining without saying why").isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("note");
                });
        HttpCalls.Reply declined = as("ext-DIR", "officer").post("/extension-requests/" + asked.getId() + "/decision",
                "application/json", "{\"decision\":\"DECLINE\",\"note\":\"The next session is next week\"}");
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.json().get("request").get("status").asText()).isEqualTo("DECLINED");
        assertThat(assignment("ext-OFF2", "EQUALITY_DIVERSITY").get("dueDate").asText()).isEqualTo(nolan.get("dueDate").asText());
    }

    @Test
    void aCouncillorsGroupLeaderDecidesAndHrWhereThereIsNeither() {
        ExtensionRequest follower = grpc("ext-CLLR3", "councillor").requestExtension(askFor("ext-CLLR3", "NOLAN_PRINCIPLES", 20));
        assertThat(follower.getApproverId()).isEqualTo("ext-CLLR1");
        assertThat(follower.getApproverRole()).isEqualTo("group leader");

        ExtensionRequest green = grpc("hr-amy", "hr").requestExtension(askFor("ext-CLLR2", "NOLAN_PRINCIPLES", 20));
        assertThat(green.getApproverId()).as("the Green Group has no leader on the roster").isEmpty();
        assertThat(green.getApproverRole()).isEqualTo("HR");
        assertThat(green.getRequestedBy()).as("HR asked for them").isEqualTo("hr-amy");

        List<String> leaders = grpc("ext-CLLR1", "councillor").listExtensionRequests(ListExtensionRequestsRequest.newBuilder()
                .setStatus(ExtensionStatus.PENDING).build()).getRequestsList().stream().map(ExtensionRequest::getId).toList();
        assertThat(leaders).contains(follower.getId()).doesNotContain(green.getId());
        assertThat(grpc("hr-amy", "hr").decideExtension(DecideExtensionRequest.newBuilder().setRequestId(green.getId())
                .setDecision(ExtensionDecision.APPROVE).build()).getStatus()).isEqualTo(ExtensionStatus.APPROVED);
    }

    @Test
    void onlyThePersonOrHrAsksAndOnlyTheApproverOrHrDecides() {
        String assignmentId = assignment("ext-CE", "NOLAN_PRINCIPLES").get("assignmentId").asText();
        LocalDate wanted = LocalDate.parse(assignment("ext-CE", "NOLAN_PRINCIPLES").get("dueDate").asText()).plusDays(7);
        String body = ask(wanted, "Audit season");
        assertThat(as("ext-OFF", "officer").post("/assignments/" + assignmentId + "/extension-requests", "application/json", body)
                .status()).as("a colleague may not ask for someone").isEqualTo(403);
        assertThatThrownBy(() -> grpc("ext-DIR", "officer", "department:adults-and-communities").requestExtension(
                askFor("ext-CE", "NOLAN_PRINCIPLES", 7))).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        assertThat(scope.count("SELECT count(*) FROM training.extension_request WHERE person_id = 'ext-CE'")).isZero();

        HttpCalls.Reply asked = as("ext-CE", "officer").post("/assignments/" + assignmentId + "/extension-requests", "application/json", body);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String requestId = asked.json().get("request").get("id").asText();
        assertThat(asked.json().get("request").get("approverRole").asText()).as("the chief executive has no manager").isEqualTo("HR");

        String approve = "{\"decision\":\"APPROVE\"}";
        assertThat(as("ext-CE", "officer", "hr").post("/extension-requests/" + requestId + "/decision", "application/json", approve)
                .status()).as("not even HR decides their own request").isEqualTo(403);
        assertThat(as("ext-DIR", "officer").post("/extension-requests/" + requestId + "/decision", "application/json", approve)
                .status()).as("a report does not decide their director's request").isEqualTo(403);
        assertThat(as("ext-OFF", "officer").get("/extension-requests/" + requestId).status()).isEqualTo(403);
        assertThat(as("ext-OFF", "officer").get("/extension-requests").json().findValuesAsText("id")).doesNotContain(requestId);
        assertThat(as("ext-CE", "officer").get("/extension-requests/" + requestId).status()).isEqualTo(200);
        assertThat(as("hr-amy", "hr").get("/extension-requests?personId=ext-CE").json().findValuesAsText("id")).containsExactly(requestId);
        assertThat(scope.text("SELECT status FROM training.extension_request WHERE id = '" + requestId + "'")).isEqualTo("PENDING");

        HttpCalls.Reply hr = as("hr-amy", "hr").post("/extension-requests/" + requestId + "/decision", "application/json", approve);
        assertThat(hr.status()).as(hr.body()).isEqualTo(200);
    }

    @Test
    void badRequestsNameTheirFieldsAndWriteNothing() {
        JsonNode nolan = assignment("ext-DIR", "NOLAN_PRINCIPLES");
        String assignmentId = nolan.get("assignmentId").asText();
        LocalDate due = LocalDate.parse(nolan.get("dueDate").asText());
        HttpCalls director = as("ext-DIR", "officer");
        String path = "/assignments/" + assignmentId + "/extension-requests";

        HttpCalls.Reply nothing = director.post(path, "application/json", "{}");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.contentType()).startsWith("application/problem+json");
        assertThat(nothing.json().get("violations").findValuesAsText("field")).containsExactlyInAnyOrder("requested_due_date", "reason");
        assertThat(director.post(path, "application/json", ask(due, "x")).violationFields()).containsExactly("requested_due_date");
        assertThat(director.post(path, "application/json", ask(today.plusDays(400), "x")).violationFields())
                .containsExactly("requested_due_date");
        assertThat(director.post(path, "application/json", "{\"requestedDueDate\":\"31/03/2027\",\"reason\":\"x\"}").violationFields())
                .containsExactly("requested_due_date");
        assertThat(director.post("/assignments/not-an-id/extension-requests", "application/json", ask(due.plusDays(3), "x"))
                .status()).isEqualTo(400);
        assertThat(director.get("/extension-requests?status=maybe").status()).isEqualTo(400);
        assertThat(scope.count("SELECT count(*) FROM training.extension_request WHERE person_id = 'ext-DIR'")).isZero();

        assertThat(director.post(path, "application/json", ask(due.plusDays(3), "Inspection")).status()).isEqualTo(201);
        HttpCalls.Reply second = director.post(path, "application/json", ask(due.plusDays(9), "Still the inspection"));
        assertThat(second.status()).as("one request waits at a time").isEqualTo(409);
        assertThat(scope.count("SELECT count(*) FROM training.extension_request WHERE person_id = 'ext-DIR'")).isEqualTo(1);
        String requestId = scope.text("SELECT id::text FROM training.extension_request WHERE person_id = 'ext-DIR'");
        HttpCalls.Reply maybe = as("ext-CE", "officer").post("/extension-requests/" + requestId + "/decision", "application/json",
                "{\"decision\":\"MAYBE\"}");
        assertThat(maybe.violationFields()).containsExactly("decision");
    }

    RequestExtensionRequest askFor(String personId, String courseCode, int days) {
        JsonNode course = assignment(personId, courseCode);
        return RequestExtensionRequest.newBuilder().setAssignmentId(course.get("assignmentId").asText())
                .setRequestedDueDate(LocalDate.parse(course.get("dueDate").asText()).plusDays(days).toString())
                .setReason("Council business").build();
    }

}
