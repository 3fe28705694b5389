package uk.councilprotocol.training.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.testkit.AtOnce;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;
import uk.councilprotocol.training.TrainingFixtures;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import uk.councilprotocol.contracts.platform.v1.AuditGrpc;
import uk.councilprotocol.contracts.platform.v1.ListAuditEntriesRequest;
import java.util.Map;

/**
 * HR manages the roster, courses and rules; a department records completions only for its own people;
 * a person sees their own training (and a line manager their reports'); every change is audited.
 * Roster "acc": Bea Director and Cal Officer are in Adults and Communities; Alex is in the Chief Executive's Office.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTest extends ServiceCallsTest {
    static final String ADULTS = "department:adults-and-communities";
    static final String CHIEF_EXEC = "department:chief-executive-s-office";

    /** The service's business clock: "today" in these tests is its today, never the machine's. */
    @Inject
    Clock clock;

    @BeforeAll
    void importRoster() {
        assertThat(as("hr-amy", "hr").post("/roster/import", "text/csv",
                TrainingFixtures.smallRoster("acc", LocalDate.now(clock).toString())).status()).isEqualTo(200);
    }

    @Test
    void onlyHrManagesTheRosterCoursesAndRules() {
        String csv = TrainingFixtures.smallRoster("acc2", "2026-01-05");
        assertThat(new HttpCalls(server.getURL().toString()).post("/roster/import", "text/csv", csv).status()).isEqualTo(401);
        for (HttpCalls caller : List.of(as("acc-OFF", "officer", ADULTS), as("acc-CLLR1", "councillor"), as("mo", "standards"))) {
            assertThat(caller.post("/roster/import", "text/csv", csv).status()).isEqualTo(403);
            assertThat(caller.put("/courses/NEW_COURSE", "application/json", "{\"title\":\"x\"}").status()).isEqualTo(403);
            assertThat(caller.postJson("/rules", Map.of("courseCode", "SAFEGUARDING", "dueWithinDays", 30)).status()).isEqualTo(403);
        }
        HttpCalls.Reply denied = as("acc-OFF", "officer").post("/roster/import", "text/csv", csv);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(as("hr-amy", "hr").put("/courses/DATA_PROTECTION", "application/json",
                "{\"title\":\"Data Protection\",\"renewalMonths\":24}").status()).isEqualTo(200);
        assertThat(as("mo", "standards").get("/rules").status()).isEqualTo(200);
    }

    @Test
    void aBadCourseOrRuleNamesEveryFieldAtFaultAndChangesNothing() {
        HttpCalls hr = as("hr-amy", "hr");
        HttpCalls.Reply course = hr.put("/courses/bad-code", "application/json", "{\"title\":\" \",\"renewalMonths\":0}");
        assertThat(course.status()).isEqualTo(400);
        assertThat(course.json().get("violations").findValuesAsText("field")).containsExactlyInAnyOrder("code", "title", "renewal_months");
        HttpCalls.Reply rule = hr.postJson("/rules", Map.of("courseCode", "NO_SUCH_COURSE", "personKind", "alien", "dueWithinDays", 0));
        assertThat(rule.status()).isEqualTo(400);
        assertThat(rule.json().get("violations").findValuesAsText("field")).containsExactlyInAnyOrder("course_code", "person_kind", "due_within_days");
        assertThat(rule.body()).contains("'NO_SUCH_COURSE' is not a course in the catalogue", "from 1 to 3650");
        assertThat(scope.count("SELECT count(*) FROM training.course WHERE code = 'NO_SUCH_COURSE' OR renewal_months = 0")).isZero();
        assertThat(scope.count("SELECT count(*) FROM training.requirement_rule WHERE due_within_days = 0")).isZero();
    }

    @Test
    void aDepartmentRecordsCompletionsOnlyForItsOwnPeople() {
        var adults = GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(channel), scope.token("adults-lms", "service", ADULTS));
        var own = adults.recordCompletion(request("acc-OFF", "EQUALITY_DIVERSITY"));
        assertThat(own.getFulfilledAssignmentId()).isNotBlank();

        assertThatThrownBy(() -> adults.recordCompletion(request("acc-CE", "EQUALITY_DIVERSITY")))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        assertThat(as("adults-lms", "service", ADULTS).postJson("/completions", Map.of("personId", "acc-CE",
                "courseCode", "NOLAN_PRINCIPLES", "completedOn", LocalDate.now(clock).toString(), "provider", "x")).status()).isEqualTo(403);
        var chiefExec = GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(channel), scope.token("ceo-office", CHIEF_EXEC));
        assertThat(chiefExec.recordCompletion(request("acc-CE", "NOLAN_PRINCIPLES")).getFulfilledAssignmentId()).isNotBlank();
    }

    @Test
    void aPersonSeesTheirOwnTrainingAndALineManagerTheirReports() {
        assertThat(as("acc-OFF", "officer").get("/compliance/people/acc-OFF").status()).isEqualTo(200);
        assertThat(as("acc-OFF", "officer").get("/compliance/people/acc-DIR").status()).isEqualTo(403);
        assertThat(as("acc-CLLR1", "councillor").get("/compliance/people/acc-CLLR2").status()).isEqualTo(403);
        assertThat(as("acc-DIR", "officer").get("/compliance/people/acc-OFF").status()).as("line manager").isEqualTo(200);
        assertThat(as("acc-OFF", "officer").get("/compliance/summary?by=department").status()).isEqualTo(403);
        assertThat(as("mo", "standards").get("/compliance/summary?by=department").status()).isEqualTo(200);

        JsonNode adultsRoster = as("adults-hub", ADULTS).get("/roster/people").json();
        assertThat(adultsRoster.findValuesAsText("id")).containsExactlyInAnyOrder("acc-DIR", "acc-OFF");
        assertThat(as("acc-OFF", "officer").get("/roster/people").status()).isEqualTo(403);
    }

    @Test
    void theLogIsReadAPageAtATimeNewestFirstAndSearchedByWhoWhatOrWhich() throws Exception {
        for (int i = 0; i < 5; i++) {
            as("pager-" + i, "hr").post("/roster/import", "text/csv", TrainingFixtures.smallRoster("pg" + i, LocalDate.now(clock).toString()));
        }
        HttpCalls mo = as("mo", "standards");
        JsonNode first = mo.get("/audit?limit=2&q=pager-").json();
        assertThat(first.findValuesAsText("actor")).containsExactly("pager-4", "pager-3");
        long last = first.get(1).get("id").asLong();
        JsonNode second = mo.get("/audit?limit=2&q=PAGER-&beforeId=" + last).json();
        assertThat(second.findValuesAsText("actor")).as("older, any case").containsExactly("pager-2", "pager-1");
        JsonNode third = mo.get("/audit?limit=2&q=pager-&beforeId=" + second.get(1).get("id").asLong()).json();
        assertThat(third.findValuesAsText("actor")).as("the last page").containsExactly("pager-0");
        assertThat(mo.get("/audit?q=pager_").json().size()).as("_ is a character, not a wildcard").isZero();
        assertThat(mo.get("/audit?q=" + "x".repeat(201)).status()).isEqualTo(400);
        assertThat(mo.get("/audit?beforeId=-1").body()).contains("beforeId");

        var overGrpc = GrpcCalls.withToken(AuditGrpc.newBlockingStub(channel), scope.token("mo", "standards"))
                .listAuditEntries(ListAuditEntriesRequest.newBuilder().setLimit(2).setQuery("pager-").setBeforeId(last).build());
        assertThat(overGrpc.getEntriesList().stream().map(e -> e.getActor()).toList()).containsExactly("pager-2", "pager-1");
        assertThat(overGrpc.getEntries(0).getId()).isLessThan(last);
    }

    @Test
    void everyChangeIsAuditedAndTheLogIsAppendOnlyAndForAdminAndStandardsOnly() throws Exception {
        as("hr-amy", "hr").post("/roster/import", "text/csv", TrainingFixtures.smallRoster("acc", LocalDate.now(clock).toString()));
        var denied = GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(channel), scope.token("intruder", "officer"));
        assertThatThrownBy(() -> denied.recordCompletion(request("acc-DIR", "NOLAN_PRINCIPLES")))
                .isInstanceOf(StatusRuntimeException.class);

        assertThat(as("hr-amy", "hr").get("/audit").status()).isEqualTo(403);
        JsonNode log = as("mo", "standards").get("/audit?limit=200").json();
        assertThat(log.findParents("action").stream().anyMatch(e -> e.get("actor").asText().equals("hr-amy")
                && e.get("action").asText().equals("POST /roster/import") && e.get("outcome").asText().equals("200")
                && e.get("sourceAddress").asText().equals("127.0.0.1"))).as(log.toString()).isTrue();
        assertThat(log.findParents("action").stream().anyMatch(e -> e.get("actor").asText().equals("intruder")
                && e.get("action").asText().equals("grpc councilprotocol.training.v1.Completions/RecordCompletion")
                && e.get("target").asText().equals("person_id=acc-DIR course_code=NOLAN_PRINCIPLES")
                && e.get("outcome").asText().equals("PERMISSION_DENIED"))).as("what the call was about, by its ids").isTrue();
        assertThat(as("root", "admin").get("/audit").status()).isEqualTo(200);

        // a NUL byte, which PostgreSQL's text cannot hold, is written out in the entry rather than losing it
        assertThatThrownBy(() -> denied.recordCompletion(request("acc-\u0000DIR", "NOLAN_PRINCIPLES")))
                .isInstanceOf(StatusRuntimeException.class);
        assertThat(as("mo", "standards").get("/audit?limit=20&q=intruder").json().findValuesAsText("target"))
                .contains("person_id=acc-\\u0000DIR course_code=NOLAN_PRINCIPLES");
        var overGrpc = GrpcCalls.withToken(AuditGrpc.newBlockingStub(channel), scope.token("mo", "standards"))
                .listAuditEntries(ListAuditEntriesRequest.newBuilder().setLimit(200).build());
        assertThat(overGrpc.getEntriesList()).as("the same log over gRPC")
                .anyMatch(e -> e.getActor().equals("hr-amy") && e.getAction().equals("POST /roster/import"));
        assertThatThrownBy(() -> GrpcCalls.withToken(AuditGrpc.newBlockingStub(channel),
                scope.token("hr-amy", "hr")).listAuditEntries(ListAuditEntriesRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.PERMISSION_DENIED));

        try (Connection sql = scope.sql()) {
            assertThatThrownBy(() -> sql.createStatement().execute("UPDATE training.audit_log SET actor = 'nobody'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.createStatement().execute("DELETE FROM training.audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    /** Entries arriving together are written together (AuditWriter): each call still gets its own, once, in its council. */
    @Test
    void callsAtTheSameTimeAreEachAuditedOnce() throws Exception {
        int calls = 40;
        List<CompletionsGrpc.CompletionsBlockingStub> stubs = IntStream.range(0, calls).mapToObj(i ->
                GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(channel), scope.token("crowd-" + i, "officer"))).toList();
        List<Object> answers = AtOnce.call(calls, i -> {
            try {
                stubs.get(i).recordCompletion(request("acc-DIR", "NOLAN_PRINCIPLES"));
                return Status.Code.OK;
            } catch (StatusRuntimeException e) {
                return e.getStatus().getCode();
            }
        });
        assertThat(answers).hasSize(calls).containsOnly(Status.Code.PERMISSION_DENIED);
        assertThat(scope.count("SELECT count(*) FROM training.audit_log WHERE actor LIKE 'crowd-%'")).isEqualTo(calls);
        assertThat(scope.count("SELECT count(DISTINCT actor) FROM training.audit_log WHERE actor LIKE 'crowd-%'")).isEqualTo(calls);
        assertThat(as("mo", "standards").get("/audit?limit=100&q=crowd-").json().findValuesAsText("outcome"))
                .as("in the council's own log").hasSize(calls).containsOnly("PERMISSION_DENIED");
    }

    /** A token is verified once and then remembered (VerifiedTokens), but never past its expiry. */
    @Test
    void aTokenAcceptedOnceIsRefusedOnceItHasExpired() throws InterruptedException {
        String shortLived = scope.tokens().token("lms-brief", List.of("hr"), Map.of(), java.time.Duration.ofSeconds(2));
        var method = CompletionsGrpc.getRecordCompletionMethod();
        assertThat(GrpcCalls.callWithEmptyMessage(channel, method, shortLived)).as("accepted, then refused for its empty fields")
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GrpcCalls.callWithEmptyMessage(channel, method, shortLived)).as("the remembered token, still valid")
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
        Thread.sleep(3_000);
        assertThat(GrpcCalls.callWithEmptyMessage(channel, method, shortLived)).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void anOversizedUploadIsRefused() {
        String huge = TrainingFixtures.HEADER + "x".repeat(11 * 1024 * 1024);
        assertThat(as("hr-amy", "hr").post("/roster/import", "text/csv", huge).status()).isEqualTo(413);
    }

    private RecordCompletionRequest request(String person, String course) {
        return RecordCompletionRequest.newBuilder().setPersonId(person).setCourseCode(course)
                .setCompletedOn(LocalDate.now(clock).toString()).setProvider("Department LMS").build();
    }
}
