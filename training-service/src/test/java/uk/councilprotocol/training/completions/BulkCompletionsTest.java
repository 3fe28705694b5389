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
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.contracts.training.v1.RecordCompletionsReport;
import uk.councilprotocol.contracts.training.v1.RowProblem;
import uk.councilprotocol.testkit.AtOnce;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;
import uk.councilprotocol.training.TrainingFixtures;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A department's nightly sync sends thousands of completions in one call (gRPC client streaming); HR uploads a
 * CSV of them. Each row stands alone: recorded once however often it is sent, or refused with its problems named.
 */
// Its outcome depends on the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkCompletionsTest {
    static final List<String> COURSES = List.of("NOLAN_PRINCIPLES", "EQUALITY_DIVERSITY", "POLITICAL_AWARENESS");
    static final List<String> PEOPLE = List.of("bulk-CE", "bulk-DIR", "bulk-OFF", "bulk-CLLR1", "bulk-CLLR2");

    @Inject
    EmbeddedServer server;
    @Inject
    Clock clock;
    @Inject
    GrpcEmbeddedServer grpcServer;

    ManagedChannel channel;
    final TestScope scope = TestScope.of(getClass());

    @BeforeAll
    void importRoster() {
        channel = GrpcCalls.channel(grpcServer.getPort());
        HttpCalls.Reply reply = hr().post("/roster/import", "text/csv", TrainingFixtures.smallRoster("bulk", LocalDate.now(clock).toString()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @AfterAll
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    HttpCalls hr() {
        return new HttpCalls(server.getURL().toString()).as(scope.token("hr-amy", "hr"));
    }

    RecordCompletionRequest row(String person, String course, LocalDate on) {
        return RecordCompletionRequest.newBuilder().setPersonId(person).setCourseCode(course).setCompletedOn(on.toString())
                .setProvider("LMS nightly sync").build();
    }

    /** Sends the rows as one client-streaming call and waits for its report (or its error). */
    RecordCompletionsReport send(List<RecordCompletionRequest> rows, String token) throws Exception {
        return GrpcCalls.clientStream(GrpcCalls.withToken(CompletionsGrpc.newStub(channel), token)
                .withDeadlineAfter(60, TimeUnit.SECONDS)::recordCompletions, rows, Duration.ofSeconds(60));
    }

    long completionsOf(String personPrefix) {
        return scope.count("SELECT count(*) FROM training.completion WHERE person_id LIKE '" + personPrefix + "%'");
    }

    @Test
    void aSyncOfOverAThousandRowsIsRecordedOnceEvenWhenSentTwiceAndEachBadRowIsNamed() throws Exception {
        LocalDate today = LocalDate.now(clock);
        List<RecordCompletionRequest> rows = new ArrayList<>();
        // five people × three courses × 80 days: 1,200 distinct completions, more than two transactions' worth
        for (int day = 0; day < 80; day++) {
            for (String person : PEOPLE) {
                for (String course : COURSES) {
                    rows.add(row(person, course, today.minusDays(100 + day)));
                }
            }
        }
        rows.add(2, row("nobody-here", "NOLAN_PRINCIPLES", today));                         // row 3
        rows.add(6, row("bulk-OFF", "NOLAN_PRINCIPLES", today.plusDays(3)));                // row 7
        rows.add(9, RecordCompletionRequest.newBuilder().setPersonId("bulk-CE").setCourseCode("NO_SUCH_COURSE").build()); // row 10
        rows.add(12, rows.get(0));                                                           // the first again, in its batch
        rows.add(rows.get(0));                                                               // and at the end, in another

        RecordCompletionsReport first = send(rows, scope.token("hr-amy", "hr"));

        assertThat(first.getRows()).isEqualTo(1_205);
        assertThat(first.getRecorded()).isEqualTo(1_200);
        assertThat(first.getAlreadyRecorded()).isEqualTo(2);
        assertThat(first.getProblemsList()).extracting(RowProblem::getRow).containsOnly(3, 7, 10);
        assertThat(first.getProblemsList()).filteredOn(p -> p.getRow() == 3).extracting(RowProblem::getField).containsExactly("person_id");
        assertThat(first.getProblemsList()).filteredOn(p -> p.getRow() == 7).extracting(RowProblem::getField).containsExactly("completed_on");
        assertThat(first.getProblemsList()).filteredOn(p -> p.getRow() == 10).extracting(RowProblem::getField)
                .contains("course_code", "completed_on", "provider");
        assertThat(completionsOf("bulk-")).isEqualTo(1_200);
        assertThat(scope.count("SELECT count(*) FROM training.outbox_event WHERE event_type LIKE '%CompletionRecorded' "
                + "AND aggregate_id LIKE 'bulk-%'")).as("an event for each completion recorded").isEqualTo(1_200);
        // the completions' events are written a batch at a time, but never after a renewal they led to
        String renewals = "FROM training.assignment r JOIN training.outbox_event a ON a.aggregate_id = r.person_id "
                + "AND a.event_type LIKE '%AssignmentCreated' AND position(convert_to(r.id::text, 'UTF8') in a.payload) > 0 "
                + "WHERE r.person_id LIKE 'bulk-%' AND r.reason = 'renewal'";
        assertThat(scope.count("SELECT count(*) " + renewals)).as("renewals scheduled").isPositive();
        assertThat(scope.count("SELECT count(*) " + renewals + " AND NOT EXISTS (SELECT 1 FROM training.outbox_event c "
                + "WHERE c.aggregate_id = a.aggregate_id AND c.event_type LIKE '%CompletionRecorded' AND c.id < a.id)"))
                .as("renewals announced before any completion of their person").isZero();

        RecordCompletionsReport again = send(rows, scope.token("hr-amy", "hr"));
        assertThat(again.getRecorded()).isZero();
        assertThat(again.getAlreadyRecorded()).isEqualTo(1_202);
        assertThat(completionsOf("bulk-")).as("nothing twice").isEqualTo(1_200);
    }

    /** Two syncs of the same rows at once, in opposite orders: each row recorded once between them, neither refused. */
    @Test
    void twoSyncsOfTheSameRowsAtOnceRecordEachRowOnce() throws Exception {
        LocalDate today = LocalDate.now(clock);
        HttpCalls.Reply roster = hr().post("/roster/import", "text/csv", TrainingFixtures.smallRoster("twice", today.toString()));
        assertThat(roster.status()).as(roster.body()).isEqualTo(200);
        List<RecordCompletionRequest> rows = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            for (String person : PEOPLE) {
                for (String course : COURSES) {
                    rows.add(row(person.replace("bulk-", "twice-"), course, today.minusDays(10 + day)));
                }
            }
        }
        List<RecordCompletionRequest> reversed = new ArrayList<>(rows);
        java.util.Collections.reverse(reversed);
        String token = scope.token("hr-amy", "hr");
        List<Object> reports = AtOnce.call(2, i -> {
            try {
                return send(i == 0 ? rows : reversed, token);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(reports).hasOnlyElementsOfType(RecordCompletionsReport.class);
        RecordCompletionsReport a = (RecordCompletionsReport) reports.get(0);
        RecordCompletionsReport b = (RecordCompletionsReport) reports.get(1);
        assertThat(a.getProblemsList()).isEmpty();
        assertThat(b.getProblemsList()).isEmpty();
        assertThat(a.getRecorded() + b.getRecorded()).isEqualTo(rows.size());
        assertThat(a.getAlreadyRecorded() + b.getAlreadyRecorded()).isEqualTo(rows.size());
        assertThat(completionsOf("twice-")).isEqualTo(rows.size());
        assertThat(scope.count("SELECT count(*) FROM (SELECT person_id, course_code FROM training.assignment "
                + "WHERE person_id LIKE 'twice-%' AND status = 'OPEN' GROUP BY 1, 2 HAVING count(*) > 1) twice"))
                .as("one open assignment a course").isZero();
    }

    /**
     * A batch writes its rows at its end, yet a row renewing within the course's window counts from the expiry an
     * earlier row of the same call set, as one call after another would.
     */
    @Test
    void aRenewalWithinTheWindowKeepsTheAnniversaryAnEarlierRowOfTheSameCallSet() throws Exception {
        HttpCalls.Reply course = hr().put("/courses/BULK_FIRE_SAFETY", "application/json",
                "{\"title\":\"Fire safety (bulk)\",\"renewalMonths\":12,\"renewalWindowDays\":60}");
        assertThat(course.status()).as(course.body()).isEqualTo(200);
        LocalDate first = LocalDate.now(clock).minusDays(900);
        LocalDate early = first.plusMonths(12).minusDays(10);
        LocalDate late = first.plusMonths(24).plusDays(20);

        RecordCompletionsReport report = send(List.of(row("bulk-DIR", "BULK_FIRE_SAFETY", first),
                row("bulk-DIR", "BULK_FIRE_SAFETY", early), row("bulk-DIR", "BULK_FIRE_SAFETY", late)), scope.token("hr-amy", "hr"));

        assertThat(report.getProblemsList()).isEmpty();
        assertThat(report.getRecorded()).isEqualTo(3);
        assertThat(scope.text("SELECT string_agg(completed_on || ' ' || expires_on, ', ' ORDER BY completed_on) "
                + "FROM training.completion WHERE person_id = 'bulk-DIR' AND course_code = 'BULK_FIRE_SAFETY'"))
                .isEqualTo(first + " " + first.plusMonths(12) + ", " + early + " " + first.plusMonths(24)
                        + ", " + late + " " + late.plusMonths(12));
    }

    /**
     * A row completing a prerequisite plans the person's courses again at once; a later row of the same call completing
     * the course that planning assigned fulfils that assignment, as one call after another would.
     */
    @Test
    void aCourseAssignedByAnEarlierRowsPrerequisiteIsFulfilledByALaterRowOfTheSameCall() throws Exception {
        for (String code : List.of("BULK_BASICS", "BULK_ADVANCED")) {
            HttpCalls.Reply course = hr().put("/courses/" + code, "application/json", "{\"title\":\"" + code + "\"}");
            assertThat(course.status()).as(course.body()).isIn(200, 201);
        }
        HttpCalls.Reply rule = hr().postJson("/rules", java.util.Map.of("courseCode", "BULK_ADVANCED", "personKind", "councillor",
                "dueFrom", "after-course", "afterCourse", "BULK_BASICS", "dueWithinDays", 60));
        assertThat(rule.status()).as(rule.body()).isIn(200, 201);
        LocalDate today = LocalDate.now(clock);

        RecordCompletionsReport report = send(List.of(row("bulk-CLLR2", "BULK_BASICS", today.minusDays(5)),
                row("bulk-CLLR2", "BULK_ADVANCED", today.minusDays(2))), scope.token("hr-amy", "hr"));

        assertThat(report.getProblemsList()).isEmpty();
        assertThat(report.getRecorded()).isEqualTo(2);
        assertThat(scope.text("SELECT string_agg(a.status || ' ' || (c.id IS NOT NULL), ', ') FROM training.assignment a "
                + "LEFT JOIN training.completion c ON c.fulfilled_assignment_id = a.id "
                + "WHERE a.person_id = 'bulk-CLLR2' AND a.course_code = 'BULK_ADVANCED'"))
                .as("the one assignment the basics led to, completed by the row after").isEqualTo("COMPLETED true");
    }

    @Test
    void aDepartmentsSystemRecordsItsOwnPeopleOnlyRowByRow() throws Exception {
        String adults = scope.token("adults-lms", "service", "department:adults-and-communities");
        LocalDate day = LocalDate.now(clock).minusDays(10);
        RecordCompletionsReport report = send(List.of(row("bulk-OFF", "EQUALITY_DIVERSITY", day),
                row("bulk-CE", "EQUALITY_DIVERSITY", day)), adults);

        assertThat(report.getRecorded()).isEqualTo(1);
        assertThat(report.getProblemsList()).singleElement().satisfies(p -> {
            assertThat(p.getRow()).isEqualTo(2);
            assertThat(p.getField()).isEqualTo("person_id");
        });
        assertThat(scope.count("SELECT count(*) FROM training.completion WHERE person_id = 'bulk-CE' "
                + "AND completed_on = '" + day + "'")).isZero();
    }

    @Test
    void moreRowsThanACallMayCarryAreRefusedAndNothingIsWritten() {
        LocalDate start = LocalDate.now(clock).minusYears(40);
        List<RecordCompletionRequest> rows = new ArrayList<>();
        for (int i = 0; i <= BulkCompletions.MAX_ROWS; i++) {
            rows.add(row("bulk-CLLR2", "NOLAN_PRINCIPLES", start.plusDays(i)));
        }
        assertThatThrownBy(() -> send(rows, scope.token("hr-amy", "hr")))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("rows");
                });
        assertThat(scope.count("SELECT count(*) FROM training.completion WHERE person_id = 'bulk-CLLR2' "
                + "AND completed_on < '" + start.plusYears(30) + "'")).isZero();
    }

    @Test
    void hrUploadsACsvAndHearsOfEachBadLineByNumber() {
        LocalDate day = LocalDate.now(clock).minusDays(30);
        String csv = "Person ID,course_code,completed_on,provider,evidence_reference\n"
                + "bulk-CLLR1,POLITICAL_AWARENESS," + day + ",Workshop,SIGN-IN-12\n"
                + "bulk-CLLR2,POLITICAL_AWARENESS,30/10/2026,Workshop,\n"
                + "bulk-CLLR2,POLITICAL_AWARENESS," + day + ",Workshop,\n";

        HttpCalls.Reply reply = hr().post("/completions/import", "text/csv", csv);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("rows").asInt()).isEqualTo(3);
        assertThat(reply.json().get("recorded").asInt()).isEqualTo(2);
        assertThat(reply.json().get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("row").asInt()).as("the file's line 3").isEqualTo(3);
            assertThat(p.get("field").asText()).isEqualTo("completed_on");
        });
        assertThat(scope.count("SELECT count(*) FROM training.completion WHERE evidence_reference = 'SIGN-IN-12'")).isEqualTo(1);
    }

    @Test
    void aFileWithoutItsColumnsIsRefusedWholeAndWritesNothing() {
        HttpCalls.Reply reply = hr().post("/completions/import", "text/csv",
                "person,course_code,completed_on\nbulk-DIR,NOLAN_PRINCIPLES,2020-01-01\n");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("violations").findValuesAsText("field")).contains("person", "person_id", "provider");
        assertThat(scope.count("SELECT count(*) FROM training.completion WHERE completed_on = '2020-01-01'")).isZero();
    }

    @Test
    void aCouncillorMayNotRecordCompletionsInBulk() {
        HttpCalls.Reply reply = new HttpCalls(server.getURL().toString()).as(scope.token("bulk-CLLR1", "councillor"))
                .post("/completions/import", "text/csv", "person_id,course_code,completed_on,provider\n"
                        + "bulk-CLLR1,NOLAN_PRINCIPLES," + LocalDate.now(clock).minusDays(1) + ",Self\n");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("recorded").asInt()).isZero();
        assertThat(reply.json().get("problems").findValuesAsText("field")).containsExactly("person_id");
    }
}
