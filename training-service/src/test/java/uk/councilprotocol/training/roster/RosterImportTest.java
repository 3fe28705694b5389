package uk.councilprotocol.training.roster;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.AssignmentCreated;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;
import uk.councilprotocol.training.TrainingFixtures;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

// Its outcome depends on the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
class RosterImportTest {
    @Inject
    EmbeddedServer server;
    /** The service's business clock: "today" in these tests is its today, never the machine's. */
    @Inject
    Clock clock;

    HttpCalls http() {
        return new HttpCalls(server.getURL().toString()).as(scope().token("hr-amy", "hr"));
    }

    TestScope scope() {
        return TestScope.of(getClass());
    }

    @Test
    void importsRosterCreatesAssignmentsAndPublishesEvents() throws Exception {
        String today = LocalDate.now(clock).toString();
        HttpCalls.Reply reply = http().post("/roster/import", "text/csv", TrainingFixtures.smallRoster("imp", today));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.get("created").asInt()).isEqualTo(5);
        assertThat(report.get("updated").asInt()).isZero();
        // officers: E&D + political awareness (+ Nolan for chief officers); councillors: Nolan, E&D, leadership (+ planning)
        assertThat(report.get("assignmentsCreated").asInt()).isEqualTo(3 + 3 + 2 + 3 + 4);

        JsonNode director = http().get("/roster/people/imp-DIR").json();
        assertThat(director.get("lineManagerId").asText()).isEqualTo("imp-CE");
        assertThat(director.get("roles").get(0).asText()).isEqualTo("chief-officer");

        JsonNode compliance = http().get("/compliance/people/imp-CLLR2").json();
        List<String> courses = compliance.get("courses").findValuesAsText("courseCode");
        assertThat(courses).containsExactlyInAnyOrder("NOLAN_PRINCIPLES", "EQUALITY_DIVERSITY", "LEADERSHIP_CONFLICTS",
                "PLANNING_LICENSING");
        JsonNode planning = compliance.get("courses").findParents("courseCode").stream()
                .filter(c -> c.get("courseCode").asText().equals("PLANNING_LICENSING")).findFirst().orElseThrow();
        assertThat(planning.get("state").asText()).isEqualTo("DUE");
        assertThat(planning.get("dueDate").asText()).isEqualTo(LocalDate.now(clock).plusDays(30).toString());

        try (EventProbe probe = scope().probe("training.events.v1")) {
            List<ConsumerRecord<String, byte[]>> registered = probe.await(PersonRegistered.getDescriptor().getFullName(), 5, Duration.ofSeconds(20));
            ConsumerRecord<String, byte[]> first = registered.get(0);
            assertThat(CloudEventHeaders.get(first.headers(), CloudEventHeaders.SOURCE)).isEqualTo("/training-service");
            assertThat(CloudEventHeaders.get(first.headers(), CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(CloudEventHeaders.get(first.headers(), CloudEventHeaders.ID)).isNotBlank();
            assertThat(CloudEventHeaders.get(first.headers(), CloudEventHeaders.TIME)).isNotBlank();
            PersonRegistered event = PersonRegistered.parseFrom(first.value());
            assertThat(first.key()).isEqualTo(event.getPerson().getId());

            List<ConsumerRecord<String, byte[]>> assignments = probe.await(AssignmentCreated.getDescriptor().getFullName(), 15, Duration.ofSeconds(20));
            AssignmentCreated created = AssignmentCreated.parseFrom(assignments.get(0).value());
            assertThat(assignments.get(0).key()).isEqualTo(created.getAssignment().getPersonId());
            assertThat(created.getCourseTitle()).isNotBlank();
        }
    }

    /** People and their events are written a batch at a time, as arrays: each value must come back as it went in. */
    @Test
    void everyDetailIsStoredAsWrittenAndEachPersonsEventsArriveInOrder() throws Exception {
        String csv = "id,full_name,email,kind,roles,department,political_group,start_date,active\n"
                + "ord-1,\"O'Neill, Siân\",sian@example.gov.uk,officer,chief-officer;safeguarding-lead,Law and Governance,,2024-01-08,true\n"
                + "ord-2,Rhys Ord,rhys@example.gov.uk,councillor,,,Green Group,2023-05-08,false\n";
        assertThat(http().post("/roster/import", "text/csv", csv).status()).isEqualTo(200);

        JsonNode officer = http().get("/roster/people/ord-1").json();
        assertThat(officer.get("fullName").asText()).isEqualTo("O'Neill, Siân");
        assertThat(List.of(officer.get("roles").get(0).asText(), officer.get("roles").get(1).asText()))
                .containsExactly("chief-officer", "safeguarding-lead");
        assertThat(officer.path("politicalGroup").isMissingNode() || officer.get("politicalGroup").isNull()).isTrue();
        assertThat(officer.get("startDate").asText()).isEqualTo("2024-01-08");
        JsonNode councillor = http().get("/roster/people/ord-2").json();
        assertThat(councillor.path("roles").size()).isZero();
        assertThat(councillor.path("department").isMissingNode() || councillor.get("department").isNull()).isTrue();
        assertThat(councillor.get("active").asBoolean()).isFalse();

        try (EventProbe probe = scope().probe("training.events.v1")) {
            // registered first, then the assignments: ord-1 is an active chief officer (Nolan, E&D, political awareness)
            List<ConsumerRecord<String, byte[]>> events = probe.await(r -> "ord-1".equals(r.key()), 4, Duration.ofSeconds(20));
            assertThat(CloudEventHeaders.get(events.get(0).headers(), CloudEventHeaders.TYPE))
                    .isEqualTo(PersonRegistered.getDescriptor().getFullName());
            assertThat(events.subList(1, 4)).allSatisfy(event -> assertThat(CloudEventHeaders.get(event.headers(),
                    CloudEventHeaders.TYPE)).isEqualTo(AssignmentCreated.getDescriptor().getFullName()));
            // the type is the last header: every consumer looks it up first, and Kafka looks from the last one back
            Header[] headers = events.get(0).headers().toArray();
            assertThat(headers[headers.length - 1].key()).isEqualTo(CloudEventHeaders.TYPE);

            // each sent once: the relay marks what Kafka acknowledged, and its later rounds pass those rows by
            Eventually.assertTrue(() -> scope().count("SELECT count(*) FROM training.outbox_event WHERE aggregate_id = 'ord-1' "
                    + "AND published_at IS NULL") == 0, Duration.ofSeconds(10), "ord-1's events marked published");
            assertThat(probe.drain(Duration.ofSeconds(2)).stream().filter(r -> "ord-1".equals(r.key()))).hasSize(4);
        }
    }

    @Test
    void aJobTitleIsKeptAndPublishedSoPlansCanNameOwnersByPost() throws Exception {
        String csv = "id,full_name,email,kind,department,job_title,start_date\n"
                + "post-1,Gwen Post,gwen.post@example.gov.uk,officer,Law and Governance,Director of Law and Governance,2024-01-08\n";
        assertThat(http().post("/roster/import", "text/csv", csv).status()).isEqualTo(200);
        assertThat(http().get("/roster/people/post-1").json().get("jobTitle").asText()).isEqualTo("Director of Law and Governance");
        try (EventProbe probe = scope().probe("training.events.v1")) {
            ConsumerRecord<String, byte[]> registered = probe.await(r -> "post-1".equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
            assertThat(PersonRegistered.parseFrom(registered.value()).getPerson().getJobTitle())
                    .isEqualTo("Director of Law and Governance");
        }
    }

    @Test
    void rejectsWholeFileNamingEachBadRowAndFieldAndWritesNothing() throws Exception {
        String csv = TrainingFixtures.HEADER
                + "bad-1,Good Person,good@example.gov.uk,officer,,Finance,,,2026-01-05,true\n"
                + "bad-2,No Email,not-an-email,officer,,Finance,,,2026-01-05,true\n"
                + "bad-3,Odd Kind,odd@example.gov.uk,alderman,,Finance,,,2026-13-45,true\n"
                + "bad-4,Lost Manager,lost@example.gov.uk,officer,,Finance,,nobody-here,2026-01-05,true\n";

        HttpCalls.Reply reply = http().post("/roster/import", "text/csv", csv);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode violations = reply.json().get("violations");
        assertThat(violations.findValuesAsText("field")).contains("email", "kind", "start_date");
        assertThat(violations.toString()).contains("\"row\":3").contains("\"row\":4").doesNotContain("\"row\":2,");
        try (Connection sql = scope().sql(); ResultSet rs = sql.createStatement()
                .executeQuery("SELECT count(*) FROM training.person WHERE id LIKE 'bad-%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }

        // Fixing the types still leaves the unknown line manager, reported against its row, and still nothing written.
        String fixed = csv.replace("not-an-email", "ok@example.gov.uk").replace("alderman", "officer").replace("2026-13-45", "2026-01-05");
        HttpCalls.Reply second = http().post("/roster/import", "text/csv", fixed);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("violations").get(0).get("field").asText()).isEqualTo("line_manager_id");
        assertThat(second.json().get("violations").get(0).get("row").asInt()).isEqualTo(5);
        assertThat(http().get("/roster/people/bad-1").status()).isEqualTo(404);
    }

    @Test
    void rejectsUnknownAndMissingColumnsListingTheHeadersExpected() {
        HttpCalls.Reply reply = http().post("/roster/import", "text/csv", "id,name,email\nx,y,z@example.org\n");

        assertThat(reply.status()).isEqualTo(400);
        List<String> fields = reply.json().get("violations").findValuesAsText("field");
        assertThat(fields).contains("name", "full_name", "kind", "start_date");
    }

    @Test
    void reimportIsIdempotentAndARoleChangeReplansAssignments() {
        String roster = TrainingFixtures.smallRoster("chg", "2026-01-05");
        assertThat(http().post("/roster/import", "text/csv", roster).status()).isEqualTo(200);

        JsonNode again = http().post("/roster/import", "text/csv", roster).json();
        assertThat(again.get("unchanged").asInt()).isEqualTo(5);
        assertThat(again.get("assignmentsCreated").asInt()).isZero();

        // Eli leaves the planning committee and joins licensing: same course, so nothing changes;
        // Cal becomes inactive: their open assignments are cancelled.
        String changed = roster.replace("planning-committee", "licensing-committee")
                .replace("chg-OFF,Cal Officer,cal.officer@chg.example.gov.uk,officer,,Adults and Communities,,chg-DIR,2026-01-05,true",
                        "chg-OFF,Cal Officer,cal.officer@chg.example.gov.uk,officer,,Adults and Communities,,chg-DIR,2026-01-05,false");
        JsonNode report = http().post("/roster/import", "text/csv", changed).json();
        assertThat(report.get("updated").asInt()).isEqualTo(2);
        assertThat(report.get("assignmentsCancelled").asInt()).isEqualTo(2);
        assertThat(report.get("assignmentsCreated").asInt()).isZero();
    }

    /** A large file is written a run of people at a time, in one transaction: the report counts the whole file. */
    @Test
    void aFileOfSeveralRunsIsCountedWholeAndItsLastRowsMayBeManagedByItsFirst() {
        String today = LocalDate.now(clock).toString();
        int people = 2_500;
        StringBuilder csv = new StringBuilder("id,full_name,email,kind,department,line_manager_id,start_date,active\n");
        for (int i = 1; i <= people; i++) {
            String manager = i == people ? "run-1" : "";
            csv.append("run-").append(i).append(",Person ").append(i).append(",p").append(i).append("@run.example.gov.uk,officer,Finance,")
                    .append(manager).append(',').append(today).append(",true\n");
        }
        JsonNode first = http().post("/roster/import", "text/csv", csv.toString()).json();
        assertThat(first.get("rows").asInt()).isEqualTo(people);
        assertThat(first.get("created").asInt()).isEqualTo(people);
        // every officer: equality and diversity, and political awareness
        assertThat(first.get("assignmentsCreated").asInt()).isEqualTo(2 * people);
        assertThat(http().get("/roster/people/run-" + people).json().get("lineManagerId").asText()).isEqualTo("run-1");
        assertThat(http().get("/compliance/people/run-" + people).json().get("courses").size()).isEqualTo(2);

        String lastLeaves = csv.toString().replace("p" + people + "@run.example.gov.uk,officer,Finance,run-1," + today + ",true",
                "p" + people + "@run.example.gov.uk,officer,Finance,run-1," + today + ",false");
        JsonNode again = http().post("/roster/import", "text/csv", lastLeaves).json();
        assertThat(again.get("updated").asInt()).isEqualTo(1);
        assertThat(again.get("unchanged").asInt()).isEqualTo(people - 1);
        assertThat(again.get("assignmentsCreated").asInt()).isZero();
        assertThat(again.get("assignmentsCancelled").asInt()).isEqualTo(2);
    }
}
