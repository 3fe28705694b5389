package uk.councilprotocol.training.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.GetPersonRequest;
import uk.councilprotocol.contracts.training.v1.ListPeopleRequest;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.contracts.training.v1.RosterGrpc;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.platform.security.GrpcAuthentication;
import uk.councilprotocol.testkit.AtOnce;
import uk.councilprotocol.testkit.CouncilIsolationContract;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;
import uk.councilprotocol.training.TrainingFixtures;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two councils on one training-service: each imports a roster with the same roster ids, and each sees, over HTTP,
 * gRPC, Kafka and the audit trail, only its own people, courses and events — held by PostgreSQL's row-level
 * security, shown with a direct SQL connection as the service's own role. Last, Glenmoor's caller tries every
 * route and method on Eastmoor's people, courses and rules ({@link CouncilIsolationContract}).
 */
@MicronautTest(transactional = false)
@Property(name = "platform.tenancy.default-council", value = "eastmoor")
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilIsolationTest extends CouncilIsolationContract {
    static final String START = "2026-09-01";

    final TestScope scope = TestScope.of(getClass());
    ManagedChannel channel;

    HttpCalls http(String council, String subject, String... roles) {
        return new HttpCalls(server.getURL().toString()).as(scope.tokenFor(council, subject, roles));
    }

    RosterGrpc.RosterBlockingStub roster(String council, String subject, String... roles) {
        return GrpcCalls.withToken(RosterGrpc.newBlockingStub(channel), scope.tokenFor(council, subject, roles));
    }

    @BeforeAll
    void twoCouncilsImportRostersWithTheSameIds() {
        channel = GrpcCalls.channel(grpcServer.getPort());
        HttpCalls.Reply glenmoorCourse = http("glenmoor", "hr-gus", "hr").put("/courses/NOLAN_PRINCIPLES", "application/json",
                "{\"title\":\"Glenmoor Code of Conduct and the Nolan Principles\",\"renewalMonths\":24}");
        assertThat(glenmoorCourse.status()).as(glenmoorCourse.body()).isEqualTo(200);
        HttpCalls.Reply eastmoor = http("eastmoor", "hr-amy", "hr").post("/roster/import", "text/csv",
                TrainingFixtures.smallRoster("iso", START));
        assertThat(eastmoor.status()).as(eastmoor.body()).isEqualTo(200);
        HttpCalls.Reply glenmoor = http("glenmoor", "hr-gus", "hr").post("/roster/import", "text/csv",
                TrainingFixtures.smallRoster("iso", START).replace("Bea Director", "Bryn Director"));
        assertThat(glenmoor.status()).as("the same roster ids in another council: " + glenmoor.body()).isEqualTo(200);
        assertThat(glenmoor.json().get("created").asInt()).isEqualTo(5);
        assertThat(glenmoor.json().get("assignmentsCreated").asInt()).as("Glenmoor has made no rules yet").isZero();
        String assignment = scope.text("SELECT id::text FROM training.assignment WHERE council = 'eastmoor' AND person_id = 'iso-OFF'");
        String later = scope.text("SELECT (due_date + 30)::text FROM training.assignment WHERE id = '" + assignment + "'");
        HttpCalls.Reply moreTime = http("eastmoor", "iso-OFF", "officer").post("/assignments/" + assignment + "/extension-requests",
                "application/json", "{\"requestedDueDate\":\"" + later + "\",\"reason\":\"Secondment to the Bea Director project\"}");
        assertThat(moreTime.status()).as(moreTime.body()).isEqualTo(201);
        HttpCalls.Reply completion = http("eastmoor", "hr-amy", "hr").post("/completions", "application/json",
                "{\"personId\":\"iso-CE\",\"courseCode\":\"NOLAN_PRINCIPLES\",\"completedOn\":\"" + START
                        + "\",\"provider\":\"Bea Director's workshop\"}");
        assertThat(completion.status()).as(completion.body()).isEqualTo(201);
    }

    @AfterAll
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void eachCouncilReadsOnlyItsOwnPeopleAndCoursesOverHttpAndGrpc() {
        assertThat(http("eastmoor", "hr-amy", "hr").get("/roster/people/iso-DIR").json().get("fullName").asText())
                .isEqualTo("Bea Director");
        assertThat(http("glenmoor", "hr-gus", "hr").get("/roster/people/iso-DIR").json().get("fullName").asText())
                .isEqualTo("Bryn Director");
        assertThat(http("glenmoor", "hr-gus", "hr").get("/courses").json().findValuesAsText("code"))
                .as("Glenmoor's catalogue is its own").containsExactly("NOLAN_PRINCIPLES");
        assertThat(http("eastmoor", "hr-amy", "hr").get("/courses").json().findValuesAsText("title"))
                .contains("Nolan Principles of Public Life").doesNotContain("Glenmoor Code of Conduct and the Nolan Principles");
        JsonNode glenmoorCouncillor = http("glenmoor", "hr-gus", "hr").get("/compliance/people/iso-CLLR2").json();
        assertThat(glenmoorCouncillor.get("person").get("id").asText()).isEqualTo("iso-CLLR2");
        assertThat(glenmoorCouncillor.path("courses")).as("no rules in Glenmoor, so nothing assigned there").isEmpty();
        assertThat(http("eastmoor", "hr-amy", "hr").get("/compliance/people/iso-CLLR2").json().get("courses")).isNotEmpty();

        List<Person> glenmoorPeople = roster("glenmoor", "hr-gus", "hr").listPeople(ListPeopleRequest.getDefaultInstance()).getPeopleList();
        assertThat(glenmoorPeople).extracting(Person::getFullName).contains("Bryn Director").doesNotContain("Bea Director");
        assertThat(roster("eastmoor", "hr-amy", "hr").getPerson(GetPersonRequest.newBuilder().setPersonId("iso-DIR").build())
                .getFullName()).isEqualTo("Bea Director");
    }

    @Test
    void aTokenWithoutACouncilActsForTheDefaultOneAndAnUnknownCouncilIsRefused() {
        HttpCalls unnamed = new HttpCalls(server.getURL().toString()).as(scope.token("hr-amy", "hr"));
        assertThat(unnamed.get("/roster/people/iso-DIR").json().get("fullName").asText()).isEqualTo("Bea Director");

        HttpCalls.Reply stranger = http("westbay", "hr-wyn", "hr").get("/roster/people");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.body()).contains("council 'westbay' is not served by this deployment");
        assertThatThrownBy(() -> roster("westbay", "hr-wyn", "hr").listPeople(ListPeopleRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }

    @Test
    void onlyThePlatformsOwnServicesMayNameTheCouncilOfACall() {
        Metadata glenmoor = new Metadata();
        glenmoor.put(GrpcAuthentication.COUNCIL, "glenmoor");
        GetPersonRequest director = GetPersonRequest.newBuilder().setPersonId("iso-DIR").build();
        RosterGrpc.RosterBlockingStub plansService = GrpcCalls.withToken(RosterGrpc.newBlockingStub(channel),
                scope.token("plans-service", "service", "platform-service", "hr")).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(glenmoor));
        assertThat(plansService.getPerson(director).getFullName()).as("a platform service, for Glenmoor's work").isEqualTo("Bryn Director");
        RosterGrpc.RosterBlockingStub departmentSystem = GrpcCalls.withToken(RosterGrpc.newBlockingStub(channel),
                scope.tokenFor("eastmoor", "eastmoor-lms", "service", "hr")).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(glenmoor));
        assertThat(departmentSystem.getPerson(director).getFullName()).as("a department's system stays in its own council")
                .isEqualTo("Bea Director");
    }

    @Test
    void eventsNameTheirCouncil() throws Exception {
        try (EventProbe probe = scope.probe("training.events.v1")) {
            List<ConsumerRecord<String, byte[]>> registered = probe.await(r -> "iso-DIR".equals(r.key())
                    && PersonRegistered.getDescriptor().getFullName().equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE)),
                    2, Duration.ofSeconds(20));
            Map<String, String> nameByCouncil = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : registered) {
                nameByCouncil.put(CloudEventHeaders.get(record.headers(), CloudEventHeaders.COUNCIL),
                        PersonRegistered.parseFrom(record.value()).getPerson().getFullName());
            }
            assertThat(nameByCouncil).containsEntry("eastmoor", "Bea Director").containsEntry("glenmoor", "Bryn Director");
        }
    }

    @Test
    void eachCouncilsAuditTrailIsItsOwn() {
        assertThat(http("glenmoor", "admin-gil", "admin").get("/audit").json().findValuesAsText("actor"))
                .contains("hr-gus").doesNotContain("hr-amy");
        assertThat(http("eastmoor", "admin-eve", "admin").get("/audit").json().findValuesAsText("actor"))
                .contains("hr-amy").doesNotContain("hr-gus");
    }

    /**
     * The audit writer keeps the entries that arrive together in one transaction, naming each council on the
     * connection before its rows: every call is audited once, in its own council's log, and calls of both councils
     * at once share a commit (the rows' xmin) rather than taking one each.
     */
    @Test
    void callsOfTwoCouncilsAtOnceAreEachAuditedInTheirOwnCouncilInOneTransaction() throws Exception {
        int calls = 40;
        List<CompletionsGrpc.CompletionsBlockingStub> stubs = IntStream.range(0, calls).mapToObj(i -> GrpcCalls.withToken(
                CompletionsGrpc.newBlockingStub(channel), scope.tokenFor(i % 2 == 0 ? "eastmoor" : "glenmoor", "crowd-" + i, "officer"))).toList();
        RecordCompletionRequest forSomeoneElse = RecordCompletionRequest.newBuilder().setPersonId("iso-DIR")
                .setCourseCode("NOLAN_PRINCIPLES").setCompletedOn(START).setProvider("Department LMS").build();

        List<Object> answers = AtOnce.call(calls, i -> {
            try {
                return stubs.get(i).recordCompletion(forSomeoneElse).getClass();
            } catch (StatusRuntimeException e) {
                return e.getStatus().getCode();
            }
        });

        assertThat(answers).hasSize(calls).containsOnly(Status.Code.PERMISSION_DENIED);
        for (String council : List.of("eastmoor", "glenmoor")) {
            assertThat(scope.countAsService(council, "SELECT count(DISTINCT actor) FROM training.audit_log WHERE actor LIKE 'crowd-%'"))
                    .as(council + "'s own log").isEqualTo(calls / 2);
        }
        assertThat(scope.count("SELECT count(*) FROM training.audit_log WHERE actor LIKE 'crowd-%'")).isEqualTo(calls);
        assertThat(scope.count("SELECT count(*) FROM training.audit_log WHERE actor LIKE 'crowd-%' AND right(actor, 1)::int % 2 = "
                + "CASE council WHEN 'eastmoor' THEN 0 ELSE 1 END")).as("each in the council of the caller's token").isEqualTo(calls);
        assertThat(scope.count("SELECT count(*) FROM (SELECT xmin::text FROM training.audit_log WHERE actor LIKE 'crowd-%' "
                + "GROUP BY xmin::text HAVING count(DISTINCT council) = 2) shared")).as("transactions holding both councils' entries")
                .isPositive();
    }

    @Test
    void theDatabaseItselfKeepsCouncilsApart() throws SQLException {
        assertThat(scope.countAsService(null, "SELECT count(*) FROM training.person WHERE id LIKE 'iso-%'"))
                .as("a connection that names no council sees nothing").isZero();
        assertThat(scope.countAsService("glenmoor", "SELECT count(*) FROM training.person WHERE id LIKE 'iso-%'")).isEqualTo(5);
        assertThat(scope.countAsService("glenmoor", "SELECT count(*) FROM training.person WHERE council = 'eastmoor'"))
                .as("even asking by name").isZero();
        try (Connection service = scope.sqlAsService(); Statement sql = service.createStatement()) {
            sql.execute("SELECT set_config('app.council', 'glenmoor', false)");
            assertThatThrownBy(() -> sql.execute("INSERT INTO training.person (council, id, full_name, email, kind, start_date, "
                    + "created_at, updated_at) VALUES ('eastmoor', 'iso-X', 'Planted', 'p@example.gov.uk', 'OFFICER', "
                    + "'2026-01-01', now(), now())")).as("writing another council's row").isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            assertThat(sql.executeUpdate("UPDATE training.person SET full_name = 'Changed' WHERE council = 'eastmoor'"))
                    .as("changing another council's rows touches none").isZero();
        }
        assertThat(scope.count("SELECT count(*) FROM training.person WHERE id LIKE 'iso-%'")).isEqualTo(10);
        assertThat(scope.count("SELECT count(*) FROM training.person WHERE full_name = 'Changed'")).isZero();
    }

    @Override
    protected String schema() {
        return "training";
    }

    @Override
    protected Map<String, String> idsOfTheCouncil() {
        String rule = scope.text("SELECT id FROM training.requirement_rule WHERE council = 'eastmoor' LIMIT 1");
        return Map.of("personId", "iso-DIR", "roster.id", "iso-DIR", "code", "EQUALITY_DIVERSITY",
                "courseCode", "EQUALITY_DIVERSITY", "rules.id", rule, "ruleId", rule,
                "assignmentId", scope.text("SELECT assignment_id::text FROM training.extension_request WHERE council = 'eastmoor'"),
                "requestId", scope.text("SELECT id::text FROM training.extension_request WHERE council = 'eastmoor'"),
                "completionId", scope.text("SELECT id::text FROM training.completion WHERE council = 'eastmoor' LIMIT 1"));
    }

    @Override
    protected List<String> textOnlyTheCouncilHolds() {
        return List.of("Bea Director", "Nolan Principles of Public Life", "Equality and Diversity");
    }
}
