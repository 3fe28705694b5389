package uk.councilprotocol.training.completions;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.ComplianceGrpc;
import uk.councilprotocol.contracts.training.v1.ComplianceState;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.CourseCompliance;
import uk.councilprotocol.contracts.training.v1.GetPersonComplianceRequest;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.contracts.training.v1.RecordCompletionResponse;
import uk.councilprotocol.testkit.AtOnce;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;
import uk.councilprotocol.training.TrainingFixtures;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A department records training done in its own system, over gRPC. */
// Its outcome depends on the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionsGrpcTest {
    @Inject
    EmbeddedServer server;
    /** The service's business clock: "today" in these tests is its today, never the machine's. */
    @Inject
    Clock clock;
    @Inject
    GrpcEmbeddedServer grpcServer;

    ManagedChannel channel;
    final TestScope scope = TestScope.of(getClass());

    @BeforeAll
    void importRoster() {
        channel = GrpcCalls.channel(grpcServer.getPort());
        HttpCalls.Reply reply = new HttpCalls(server.getURL().toString()).as(hr())
                .post("/roster/import", "text/csv", TrainingFixtures.smallRoster("grpc", LocalDate.now(clock).toString()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @AfterAll
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    CompletionsGrpc.CompletionsBlockingStub completions() {
        return GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(channel), hr()).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    String hr() {
        return scope.token("hr-amy", "hr");
    }

    RecordCompletionRequest nolanFor(String person, LocalDate on) {
        return RecordCompletionRequest.newBuilder().setPersonId(person).setCourseCode("NOLAN_PRINCIPLES")
                .setCompletedOn(on.toString()).setProvider("Independent facilitator").setEvidenceReference("CERT-0042").build();
    }

    @Test
    void aCompletionFulfilsTheAssignmentAndSchedulesTheRenewal() {
        LocalDate today = LocalDate.now(clock);
        RecordCompletionResponse reply = completions().recordCompletion(nolanFor("grpc-CLLR1", today));

        assertThat(reply.getFulfilledAssignmentId()).isNotBlank();
        assertThat(reply.getCompletion().getExpiresOn()).isEqualTo(today.plusMonths(48).toString());
        assertThat(reply.getNextAssignment().getDueDate()).isEqualTo(today.plusMonths(48).toString());

        CourseCompliance nolan = GrpcCalls.withToken(ComplianceGrpc.newBlockingStub(channel), hr())
                .getPersonCompliance(GetPersonComplianceRequest.newBuilder().setPersonId("grpc-CLLR1").build())
                .getCoursesList().stream().filter(c -> c.getCourseCode().equals("NOLAN_PRINCIPLES")).findFirst().orElseThrow();
        assertThat(nolan.getState()).isEqualTo(ComplianceState.DONE);
        assertThat(nolan.getCompletedOn()).isEqualTo(today.toString());
    }

    @Test
    void recordingTheSameCompletionAgainChangesNothing() throws Exception {
        LocalDate day = LocalDate.now(clock).minusDays(3);
        RecordCompletionResponse first = completions().recordCompletion(nolanFor("grpc-CE", day));
        RecordCompletionResponse retry = completions().recordCompletion(nolanFor("grpc-CE", day));

        assertThat(retry.getCompletion().getId()).isEqualTo(first.getCompletion().getId());
        try (Connection sql = scope.sql(); ResultSet rs = sql.createStatement().executeQuery(
                "SELECT count(*) FROM training.completion WHERE person_id = 'grpc-CE'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    /**
     * A department's system that retries before its first call has answered, or two clerks keying the same
     * certificate: every caller is answered, the completion is recorded once, and the person has one open renewal.
     */
    @Test
    void theSameCompletionSentAtOnceIsRecordedOnceAndEveryCallerAnswered() throws Exception {
        importRace("race1");
        LocalDate day = LocalDate.now(clock).minusDays(1);
        List<Object> answers = AtOnce.call(8, i -> completions().recordCompletion(nolanFor("race1-CLLR2", day)).getCompletion().getId());

        assertThat(answers).as("every caller is told the one completion's id").hasSize(8).doesNotHaveAnyElementsOfTypes(Throwable.class);
        assertThat(new HashSet<>(answers)).hasSize(1);
        assertThat(scope.count("SELECT count(*) FROM training.completion WHERE person_id = 'race1-CLLR2'")).isEqualTo(1);
        assertThat(scope.count("SELECT count(*) FROM training.assignment WHERE person_id = 'race1-CLLR2' "
                + "AND course_code = 'NOLAN_PRINCIPLES' AND status = 'OPEN'")).as("the renewal").isEqualTo(1);
    }

    /** Different dates at once take turns, as if sent one after another: each recorded, one renewal open after them. */
    @Test
    void completionsOfOneCourseOnDifferentDaysSentAtOnceAreEachRecorded() throws Exception {
        importRace("race2");
        LocalDate today = LocalDate.now(clock);
        List<Object> answers = AtOnce.call(4, i -> completions().recordCompletion(nolanFor("race2-CLLR2", today.minusDays(i))).getCompletion().getId());

        assertThat(answers).hasSize(4).doesNotHaveAnyElementsOfTypes(Throwable.class);
        assertThat(scope.count("SELECT count(*) FROM training.completion WHERE person_id = 'race2-CLLR2'")).isEqualTo(4);
        assertThat(scope.count("SELECT count(*) FROM training.assignment WHERE person_id = 'race2-CLLR2' "
                + "AND course_code = 'NOLAN_PRINCIPLES' AND status = 'OPEN'")).isEqualTo(1);
    }

    void importRace(String prefix) {
        HttpCalls.Reply reply = new HttpCalls(server.getURL().toString()).as(hr())
                .post("/roster/import", "text/csv", TrainingFixtures.smallRoster(prefix, LocalDate.now(clock).toString()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void aBadRequestNamesEveryFieldAtFaultAndWritesNothing() throws Exception {
        RecordCompletionRequest bad = RecordCompletionRequest.newBuilder()
                .setCourseCode("NO_SUCH_COURSE").setCompletedOn("23/11/2026").build();

        assertThatThrownBy(() -> completions().recordCompletion(bad))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).contains("person_id", "completed_on", "provider", "course_code");
                });
        assertThatThrownBy(() -> completions().recordCompletion(nolanFor("grpc-OFF", LocalDate.now(clock).plusDays(2))))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(GrpcCalls.badRequestFields(e)).containsExactly("completed_on"));
        assertThatThrownBy(() -> completions().recordCompletion(nolanFor("nobody", LocalDate.now(clock))))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(GrpcCalls.badRequestFields(e)).containsExactly("person_id"));
        try (Connection sql = scope.sql(); ResultSet rs = sql.createStatement().executeQuery(
                "SELECT count(*) FROM training.completion WHERE person_id = 'nobody' "
                        + "OR (person_id = 'grpc-OFF' AND course_code = 'NOLAN_PRINCIPLES')")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void httpCompletionsAnswerProblemDetailsForBadJson() {
        HttpCalls http = new HttpCalls(server.getURL().toString()).as(hr());
        HttpCalls.Reply reply = http.post("/completions", "application/json", "{\"personId\": \"grpc-OFF\", \"courseCode\": \"EQUALITY_DIVERSITY\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("violations").findValuesAsText("field")).containsExactlyInAnyOrder("completed_on", "provider");

        HttpCalls.Reply ok = http.post("/completions", "application/json", "{\"personId\": \"grpc-OFF\", \"courseCode\": "
                + "\"EQUALITY_DIVERSITY\", \"completedOn\": \"" + LocalDate.now(clock) + "\", \"provider\": \"e-learning\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("fulfilledAssignmentId").asText()).isNotBlank();
    }

    @Test
    void aRenewalWithinTheCoursesWindowKeepsTheAnniversaryAndALateOneCountsFromCompletion() {
        HttpCalls http = new HttpCalls(server.getURL().toString()).as(hr());
        HttpCalls.Reply bad = http.put("/courses/FIRE_SAFETY", "application/json", "{\"title\":\"Fire safety\",\"renewalWindowDays\":0}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("violations").findValuesAsText("field")).containsExactly("renewal_window_days");
        assertThat(http.put("/courses/FIRE_SAFETY", "application/json", "{\"title\":\"Fire safety\",\"renewalWindowDays\":30}")
                .json().get("violations").findValuesAsText("field")).as("a window needs a renewal period").containsExactly("renewal_window_days");
        HttpCalls.Reply course = http.put("/courses/FIRE_SAFETY", "application/json",
                "{\"title\":\"Fire safety\",\"renewalMonths\":12,\"renewalWindowDays\":60}");
        assertThat(course.status()).as(course.body()).isEqualTo(200);

        LocalDate first = LocalDate.now(clock).minusDays(900);
        LocalDate firstExpiry = first.plusMonths(12);
        assertThat(fireSafety(first).getCompletion().getExpiresOn()).isEqualTo(firstExpiry.toString());
        LocalDate early = firstExpiry.minusDays(10);
        LocalDate keptAnniversary = firstExpiry.plusMonths(12);
        assertThat(fireSafety(early).getCompletion().getExpiresOn()).as("ten days early, within the window")
                .isEqualTo(keptAnniversary.toString());
        LocalDate late = keptAnniversary.plusDays(20);
        assertThat(fireSafety(late).getCompletion().getExpiresOn()).as("twenty days late").isEqualTo(late.plusMonths(12).toString());
    }

    @Test
    void onACouncilWideCycleACompletionExpiresOnTheCyclesNextDay() {
        HttpCalls http = new HttpCalls(server.getURL().toString()).as(hr());
        HttpCalls.Reply bad = http.put("/courses/FIRE_DRILL", "application/json",
                "{\"title\":\"Fire drill\",\"renewsBy\":\"31 May\",\"renewalMonths\":12}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("violations").findValuesAsText("field")).containsExactly("renews_by");
        assertThat(http.put("/courses/FIRE_DRILL", "application/json", "{\"title\":\"Fire drill\",\"renewsBy\":\"2027-05-31\"}")
                .json().get("violations").findValuesAsText("field")).as("a cycle needs its period").containsExactly("renews_by");

        LocalDate firstDueDay = LocalDate.now(clock).minusDays(400);
        HttpCalls.Reply course = http.put("/courses/FIRE_DRILL", "application/json", "{\"title\":\"Fire drill\","
                + "\"renewalMonths\":12,\"renewalWindowDays\":30,\"renewsBy\":\"" + firstDueDay + "\"}");
        assertThat(course.status()).as(course.body()).isEqualTo(200);
        assertThat(course.json().get("renewsBy").asText()).isEqualTo(firstDueDay.toString());

        RecordCompletionResponse inTheWindow = fireDrill(firstDueDay.minusDays(10));
        assertThat(inTheWindow.getCompletion().getExpiresOn()).as("ten days before the cycle's day: counts for it")
                .isEqualTo(firstDueDay.plusMonths(12).toString());
        RecordCompletionResponse late = fireDrill(firstDueDay.plusMonths(12).plusDays(5));
        assertThat(late.getCompletion().getExpiresOn()).as("five days late: due on the cycle's next day, like everyone")
                .isEqualTo(firstDueDay.plusMonths(24).toString());
    }

    RecordCompletionResponse fireDrill(LocalDate on) {
        return completed("FIRE_DRILL", on);
    }

    RecordCompletionResponse fireSafety(LocalDate on) {
        return completed("FIRE_SAFETY", on);
    }

    RecordCompletionResponse completed(String course, LocalDate on) {
        return completions().recordCompletion(RecordCompletionRequest.newBuilder().setPersonId("grpc-OFF").setCourseCode(course)
                .setCompletedOn(on.toString()).setProvider("Facilities").build());
    }
}
