package uk.councilprotocol.training.completions;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.AssignmentCancelled;
import uk.councilprotocol.contracts.training.v1.AssignmentDueDateChanged;
import uk.councilprotocol.contracts.training.v1.AssignmentReopened;
import uk.councilprotocol.contracts.training.v1.Completion;
import uk.councilprotocol.contracts.training.v1.CompletionCorrected;
import uk.councilprotocol.contracts.training.v1.CompletionWithdrawn;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.CorrectionKind;
import uk.councilprotocol.contracts.training.v1.ListCompletionCorrectionsRequest;
import uk.councilprotocol.contracts.training.v1.ListPersonCompletionsRequest;
import uk.councilprotocol.contracts.training.v1.WithdrawCompletionRequest;
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
 * HR puts right a completion recorded wrongly, through HTTP, gRPC, Kafka and SQL: a corrected date moves the expiry
 * and the renewal; a withdrawal stops it counting, cancels the renewal and reopens the assignment it fulfilled, due as
 * before; the history keeps before and after, who, when and why. Only HR may, and bad input changes nothing.
 */
// Dates follow the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionCorrectionsTest extends ServiceCallsTest {
    @Inject
    Clock clock;

    LocalDate today;

    @BeforeAll
    void importRoster() {
        today = LocalDate.now(clock);
        HttpCalls.Reply reply = hr().post("/roster/import", "text/csv", TrainingFixtures.smallRoster("cor", today.toString()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    HttpCalls hr() {
        return as("hr-amy", "hr");
    }

    CompletionsGrpc.CompletionsBlockingStub grpc(String subject, String... roles) {
        return GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(channel), scope.token(subject, roles))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    String record(String personId, String course, LocalDate on) {
        HttpCalls.Reply recorded = hr().postJson("/completions", java.util.Map.of("personId", personId, "courseCode", course,
                "completedOn", on.toString(), "provider", "e-learning", "evidenceReference", "CERT-1"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("completion").get("id").asText();
    }

    JsonNode course(String personId, String code) {
        for (JsonNode c : hr().get("/compliance/people/" + personId).json().get("courses")) {
            if (c.get("courseCode").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError(personId + " has no " + code);
    }

    static String correction(LocalDate on, String provider, String reason) {
        return "{\"completedOn\":\"" + on + "\",\"provider\":\"" + provider + "\",\"evidenceReference\":\"CERT-1\",\"reason\":\"" + reason + "\"}";
    }

    @Test
    void aCorrectedDateMovesTheExpiryAndTheRenewalAndTheHistoryKeepsBoth() throws Exception {
        LocalDate wrong = today.minusDays(10);
        LocalDate right = today.minusDays(20);
        String completion = record("cor-CLLR1", "NOLAN_PRINCIPLES", wrong);
        assertThat(course("cor-CLLR1", "NOLAN_PRINCIPLES").get("dueDate").asText()).isEqualTo(wrong.plusMonths(48).toString());

        try (EventProbe events = scope.probe("training.events.v1")) {
            HttpCalls.Reply corrected = hr().post("/completions/" + completion + "/correction", "application/json",
                    correction(right, "Independent facilitator", "The certificate is dated ten days earlier"));
            assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
            assertThat(corrected.json().get("completedOn").asText()).isEqualTo(right.toString());
            assertThat(corrected.json().get("expiresOn").asText()).isEqualTo(right.plusMonths(48).toString());

            JsonNode nolan = course("cor-CLLR1", "NOLAN_PRINCIPLES");
            assertThat(nolan.get("completedOn").asText()).isEqualTo(right.toString());
            assertThat(nolan.get("dueDate").asText()).as("the renewal moved with the expiry").isEqualTo(right.plusMonths(48).toString());

            CompletionCorrected event = CompletionCorrected.parseFrom(events.awaitOnly(CompletionCorrected.getDescriptor().getFullName(), "cor-CLLR1"));
            assertThat(event.getBefore().getCompletedOn()).isEqualTo(wrong.toString());
            assertThat(event.getAfter().getCompletedOn()).isEqualTo(right.toString());
            assertThat(event.getCorrectedBy()).isEqualTo("hr-amy");
            AssignmentDueDateChanged moved = AssignmentDueDateChanged.parseFrom(
                    events.awaitOnly(AssignmentDueDateChanged.getDescriptor().getFullName(), "cor-CLLR1"));
            assertThat(moved.getPreviousDueDate()).isEqualTo(wrong.plusMonths(48).toString());
            assertThat(moved.getAssignment().getDueDate()).isEqualTo(right.plusMonths(48).toString());
        }
        JsonNode history = as("cor-CLLR1", "councillor").get("/roster/people/cor-CLLR1/completion-corrections").json();
        assertThat(history).as("the person reads their own history").hasSize(1);
        assertThat(history.get(0).get("kind").asText()).isEqualTo("CORRECTED");
        assertThat(history.get(0).get("beforeCompletedOn").asText()).isEqualTo(wrong.toString());
        assertThat(history.get(0).get("afterCompletedOn").asText()).isEqualTo(right.toString());
        assertThat(history.get(0).get("beforeProvider").asText()).isEqualTo("e-learning");
        assertThat(history.get(0).get("afterProvider").asText()).isEqualTo("Independent facilitator");
        assertThat(history.get(0).get("correctedBy").asText()).isEqualTo("hr-amy");
        assertThat(history.get(0).get("reason").asText()).isEqualTo("The certificate is dated ten days earlier");

        JsonNode audit = as("mo", "standards").get("/audit?limit=5&q=/completions/" + completion + "/correction").json();
        assertThat(audit.get(0).get("changes").asText()).as("the audit entry says what changed").isEqualTo(
                "completed_on: " + wrong + " → " + right + "; provider: e-learning → Independent facilitator; expires_on: "
                        + wrong.plusMonths(48) + " → " + right.plusMonths(48));
    }

    @Test
    void aWithdrawalReopensTheAssignmentDueAsBeforeAndCancelsTheRenewal() throws Exception {
        JsonNode before = course("cor-OFF", "EQUALITY_DIVERSITY");
        String assignment = before.get("assignmentId").asText();
        String completion = record("cor-OFF", "EQUALITY_DIVERSITY", today);
        String renewal = course("cor-OFF", "EQUALITY_DIVERSITY").get("assignmentId").asText();
        assertThat(renewal).isNotEqualTo(assignment);

        try (EventProbe events = scope.probe("training.events.v1")) {
            Completion withdrawn = grpc("hr-amy", "hr").withdrawCompletion(WithdrawCompletionRequest.newBuilder()
                    .setCompletionId(completion).setReason("Recorded against the wrong person").build());
            assertThat(withdrawn.getWithdrawn()).isTrue();

            JsonNode after = course("cor-OFF", "EQUALITY_DIVERSITY");
            assertThat(after.get("assignmentId").asText()).as("the fulfilled assignment itself is open again").isEqualTo(assignment);
            assertThat(after.get("dueDate").asText()).isEqualTo(before.get("dueDate").asText());
            assertThat(after.get("state").asText()).isEqualTo(before.get("state").asText());
            assertThat(after.path("completedOn").isTextual()).as("the withdrawn completion no longer counts").isFalse();
            assertThat(scope.text("SELECT status FROM training.assignment WHERE id = '" + renewal + "'")).isEqualTo("CANCELLED");
            assertThat(scope.text("SELECT status FROM training.assignment WHERE id = '" + assignment + "'")).isEqualTo("OPEN");

            assertThat(CompletionWithdrawn.parseFrom(events.awaitOnly(CompletionWithdrawn.getDescriptor().getFullName(), "cor-OFF"))
                    .getReason()).isEqualTo("Recorded against the wrong person");
            assertThat(AssignmentCancelled.parseFrom(events.awaitOnly(AssignmentCancelled.getDescriptor().getFullName(), "cor-OFF"))
                    .getAssignmentId()).isEqualTo(renewal);
            AssignmentReopened reopened = AssignmentReopened.parseFrom(events.awaitOnly(AssignmentReopened.getDescriptor().getFullName(), "cor-OFF"));
            assertThat(reopened.getAssignment().getId()).isEqualTo(assignment);
            assertThat(reopened.getAssignment().getDueDate()).isEqualTo(before.get("dueDate").asText());
            assertThat(reopened.getCourseTitle()).isEqualTo("Equality and Diversity");
        }
        List<Completion> listed = grpc("hr-amy", "hr").listPersonCompletions(ListPersonCompletionsRequest.newBuilder()
                .setPersonId("cor-OFF").build()).getCompletionsList();
        assertThat(listed).extracting(Completion::getWithdrawn).containsExactly(true);
        assertThat(grpc("hr-amy", "hr").listCompletionCorrections(ListCompletionCorrectionsRequest.newBuilder().setPersonId("cor-OFF")
                .build()).getCorrections(0).getKind()).isEqualTo(CorrectionKind.WITHDRAWN);

        assertThatThrownBy(() -> grpc("hr-amy", "hr").withdrawCompletion(WithdrawCompletionRequest.newBuilder()
                .setCompletionId(completion).setReason("again").build())).as("withdrawn once")
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
        HttpCalls.Reply resent = hr().postJson("/completions", java.util.Map.of("personId", "cor-OFF", "courseCode",
                "EQUALITY_DIVERSITY", "completedOn", today.toString(), "provider", "e-learning"));
        assertThat(resent.json().get("alreadyRecorded").asBoolean()).as("a sync sending it again does not bring it back").isTrue();
        assertThat(course("cor-OFF", "EQUALITY_DIVERSITY").path("completedOn").isTextual()).isFalse();
    }

    @Test
    void onlyHrCorrectsOrWithdrawsAndEveryoneElseChangesNothing() {
        String completion = record("cor-DIR", "NOLAN_PRINCIPLES", today.minusDays(3));
        String body = correction(today.minusDays(4), "e-learning", "typo");
        String withdraw = "{\"reason\":\"mistake\"}";
        for (HttpCalls caller : List.of(as("cor-DIR", "officer"), as("cor-CE", "officer"),
                as("adults-lms", "service", "department:adults-and-communities"), as("mo", "standards"))) {
            assertThat(caller.post("/completions/" + completion + "/correction", "application/json", body).status()).isEqualTo(403);
            assertThat(caller.post("/completions/" + completion + "/withdrawal", "application/json", withdraw).status()).isEqualTo(403);
        }
        assertThatThrownBy(() -> grpc("cor-CE", "officer").withdrawCompletion(WithdrawCompletionRequest.newBuilder()
                .setCompletionId(completion).setReason("mistake").build())).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        assertThat(scope.text("SELECT completed_on::text || withdrawn FROM training.completion WHERE id = '" + completion + "'"))
                .isEqualTo(today.minusDays(3) + "false");
        assertThat(scope.count("SELECT count(*) FROM training.completion_correction WHERE person_id = 'cor-DIR'")).isZero();
        assertThat(as("cor-OFF", "officer").get("/roster/people/cor-DIR/completion-corrections").status())
                .as("a report does not read their director's record").isEqualTo(403);
        assertThat(as("cor-CE", "officer").get("/roster/people/cor-DIR/completion-corrections").status())
                .as("the line manager does").isEqualTo(200);
        assertThat(as("admin-eve", "admin").post("/completions/" + completion + "/withdrawal", "application/json", withdraw).status())
                .as("the council's administrator may").isEqualTo(200);
    }

    @Test
    void badCorrectionsNameTheirFieldsAndWriteNothing() {
        String completion = record("cor-CLLR2", "NOLAN_PRINCIPLES", today.minusDays(5));
        String other = record("cor-CLLR2", "NOLAN_PRINCIPLES", today.minusDays(8));
        String path = "/completions/" + completion + "/correction";
        HttpCalls.Reply empty = hr().post(path, "application/json", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.json().get("violations").findValuesAsText("field")).containsExactlyInAnyOrder("completed_on", "provider", "reason");
        assertThat(hr().post(path, "application/json", correction(today.plusDays(1), "e-learning", "x")).violationFields()).containsExactly("completed_on");
        assertThat(hr().post(path, "application/json", correction(today.minusDays(5), "e-learning", "x")).violationFields())
                .as("a correction that changes nothing").containsExactly("completed_on");
        assertThat(hr().post("/completions/" + completion + "/withdrawal", "application/json", "{\"reason\":\" \"}").violationFields())
                .containsExactly("reason");
        assertThat(hr().post("/completions/nonsense/withdrawal", "application/json", "{\"reason\":\"x\"}").status()).isEqualTo(400);
        assertThat(hr().post("/completions/" + java.util.UUID.randomUUID() + "/withdrawal", "application/json", "{\"reason\":\"x\"}")
                .status()).isEqualTo(404);
        assertThat(hr().post(path, "application/json", correction(today.minusDays(8), "e-learning", "x")).status())
                .as("onto the date of another completion of the same course").isEqualTo(409);
        assertThat(scope.count("SELECT count(*) FROM training.completion_correction WHERE person_id = 'cor-CLLR2'")).isZero();
        assertThat(scope.text("SELECT completed_on::text FROM training.completion WHERE id = '" + completion + "'"))
                .isEqualTo(today.minusDays(5).toString());
        assertThat(other).isNotEqualTo(completion);
    }

}
