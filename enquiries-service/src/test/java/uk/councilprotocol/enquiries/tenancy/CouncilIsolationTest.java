package uk.councilprotocol.enquiries.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.enquiries.v1.EnquiriesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.contracts.enquiries.v1.GetEnquiryRequest;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.testkit.CouncilIsolationContract;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two councils' Hubs on one enquiries-service: the same councillor id in each, routing rules of their own, and
 * references numbered per council, so both log MEM-yy-0001; each Hub sees, over HTTP and gRPC, only its own
 * enquiries, each event names its council, and the database holds each transaction to one council. Last, Glenmoor's
 * caller tries every route and method on Eastmoor's enquiry ({@link CouncilIsolationContract}).
 */
@MicronautTest(transactional = false)
@Property(name = "platform.tenancy.default-council", value = "eastmoor")
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
@Property(name = "enquiries.calendars.glenmoor.division", value = "scotland")
@Property(name = "enquiries.calendars.glenmoor.response-working-days", value = "15")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilIsolationTest extends CouncilIsolationContract {
    final TestScope scope = TestScope.of(getClass());
    ManagedChannel channel;
    final Map<String, String> references = new HashMap<>();

    HttpCalls hub(String council) {
        return new HttpCalls(server.getURL().toString()).as(scope.tokenFor(council, "hub-" + council, "hub", "officer"));
    }

    @BeforeAll
    void eachCouncilLogsAnEnquiry() {
        channel = GrpcCalls.channel(grpcServer.getPort());
        for (String council : List.of("eastmoor", "glenmoor")) {
            scope.publishFor(council, "training.events.v1", "iso-cllr", PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                    .setId("iso-cllr").setFullName("Cllr Iso " + council).setEmail("iso-cllr@" + council + ".example.gov.uk")
                    .setKind(PersonKind.COUNCILLOR).setStartDate("2023-05-08").setActive(true)).build());
        }
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM enquiries.councillor WHERE person_id = 'iso-cllr'") == 2,
                Duration.ofSeconds(30), "each council's councillor copied");
        assertThat(hub("glenmoor").postJson("/routing-rules", Map.of("category", "Bins", "department", "Waste Services"))
                .status()).isEqualTo(201);
        assertThat(hub("eastmoor").postJson("/routing-rules", Map.of("category", "Highways", "department", "Environment and Place"))
                .status()).isEqualTo(201);
        assertThat(hub("eastmoor").postJson("/enquiries", Map.of("councillorId", "iso-cllr", "channel", "email",
                "subject", "Bin not collected", "description", "d", "category", "Bins")).status())
                .as("Glenmoor's routing rule is no use to Eastmoor").isEqualTo(400);
        references.put("eastmoor", logged("eastmoor", "Streetlight out on Mill Lane", "Highways"));
        references.put("glenmoor", logged("glenmoor", "Bin not collected on Loch Road", "Bins"));
    }

    String logged(String council, String subject, String category) {
        HttpCalls.Reply reply = hub(council).postJson("/enquiries", Map.of("councillorId", "iso-cllr", "channel", "email",
                "subject", subject, "description", "As reported by a resident.", "category", category));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("reference").asText();
    }

    @AfterAll
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void referencesAreNumberedPerCouncilAndEachHubSeesOnlyItsOwn() {
        assertThat(references.get("glenmoor")).as("each council's first of the year").isEqualTo(references.get("eastmoor"));
        String reference = references.get("glenmoor");
        assertThat(hub("glenmoor").get("/enquiries/" + reference).json().get("subject").asText()).isEqualTo("Bin not collected on Loch Road");
        assertThat(hub("eastmoor").get("/enquiries/" + reference).json().get("subject").asText()).isEqualTo("Streetlight out on Mill Lane");
        JsonNode board = hub("glenmoor").get("/enquiries").json();
        assertThat(board.findValuesAsText("subject")).containsExactly("Bin not collected on Loch Road");

        EnquiriesGrpc.EnquiriesBlockingStub eastmoor = GrpcCalls.withToken(EnquiriesGrpc.newBlockingStub(channel),
                scope.tokenFor("eastmoor", "hub-system", "hub"));
        assertThat(eastmoor.getEnquiry(GetEnquiryRequest.newBuilder().setReference(reference).build()).getSubject())
                .isEqualTo("Streetlight out on Mill Lane");
    }

    @Test
    void eachCouncilKeepsItsOwnCalendarAndPromise() {
        // Monday 30 November 2026 is St Andrew's Day: a bank holiday in Scotland only. Glenmoor promises 15 working days.
        JsonNode eastmoor = hub("eastmoor").get("/working-days/deadline?receivedAt=2026-11-30T09:00:00Z").json();
        JsonNode glenmoor = hub("glenmoor").get("/working-days/deadline?receivedAt=2026-11-30T09:00:00Z").json();
        assertThat(eastmoor.get("countsFrom").asText()).isEqualTo("2026-11-30");
        assertThat(eastmoor.get("dueDate").asText()).isEqualTo("2026-12-14");
        assertThat(glenmoor.get("countsFrom").asText()).isEqualTo("2026-12-01");
        assertThat(glenmoor.get("workingDays").asInt()).isEqualTo(15);
        assertThat(glenmoor.get("dueDate").asText()).as("15 working days from the Tuesday")
                .isEqualTo("2026-12-22");
        assertThat(hub("glenmoor").get("/working-days").json().get("division").asText()).isEqualTo("scotland");
        assertThat(hub("eastmoor").get("/working-days").json().get("division").asText()).isEqualTo("england-and-wales");
    }

    @Test
    void eachLoggedEventNamesItsCouncil() throws Exception {
        try (EventProbe probe = scope.probe("enquiries.events.v1")) {
            List<ConsumerRecord<String, byte[]>> logged = probe.await(EnquiryLogged.getDescriptor().getFullName(), 2, Duration.ofSeconds(20));
            Map<String, String> subjects = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : logged) {
                subjects.put(CloudEventHeaders.get(record.headers(), CloudEventHeaders.COUNCIL), EnquiryLogged.parseFrom(record.value()).getSubject());
            }
            assertThat(subjects).containsEntry("eastmoor", "Streetlight out on Mill Lane").containsEntry("glenmoor", "Bin not collected on Loch Road");
        }
    }

    @Test
    void theDatabaseHoldsEachTransactionToOneCouncil() throws SQLException {
        assertThat(scope.countAsService(null, "SELECT count(*) FROM enquiries.enquiry")).as("no council named, no rows").isZero();
        assertThat(scope.countAsService("glenmoor", "SELECT count(*) FROM enquiries.enquiry")).isEqualTo(1);
        assertThat(scope.countAsService("glenmoor", "SELECT count(*) FROM enquiries.routing_rule WHERE category = 'Highways'")).isZero();
        assertThat(scope.count("SELECT count(*) FROM enquiries.enquiry")).as("the administrator sees both").isEqualTo(2);
    }

    @Override
    protected String schema() {
        return "enquiries";
    }

    @Override
    protected Map<String, String> idsOfTheCouncil() {
        return Map.of("reference", references.get("eastmoor"), "councillorId", "iso-cllr", "officerId", "hub-eastmoor");
    }

    @Override
    protected List<String> textOnlyTheCouncilHolds() {
        return List.of("Streetlight out on Mill Lane", "Cllr Iso eastmoor", "iso-cllr@eastmoor.example.gov.uk");
    }
}
