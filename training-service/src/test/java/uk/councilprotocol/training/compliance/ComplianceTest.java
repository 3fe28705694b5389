package uk.councilprotocol.training.compliance;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import uk.councilprotocol.contracts.training.v1.ComplianceGrpc;
import uk.councilprotocol.contracts.training.v1.ListOverdueRequest;
import uk.councilprotocol.contracts.training.v1.ListOverdueResponse;
import uk.councilprotocol.testkit.GrpcCalls;
import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.AssignmentOverdue;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;
import uk.councilprotocol.training.TrainingFixtures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

// Its outcome depends on the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
class ComplianceTest {
    @Inject
    EmbeddedServer server;
    @Inject
    AdjustableClock clock;
    @Inject
    GrpcEmbeddedServer grpcServer;

    final TestScope scope = TestScope.of(getClass());

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void summarisesByDepartmentAndListsTheOverdueWithTheirLineManagers() throws Exception {
        HttpCalls http = new HttpCalls(server.getURL().toString()).as(scope.token("hr-amy", "hr"));
        LocalDate today = LocalDate.now(clock);
        assertThat(http.post("/roster/import", "text/csv", TrainingFixtures.smallRoster("cmp", today.toString())).status()).isEqualTo(200);
        assertThat(http.post("/completions", "application/json", "{\"personId\":\"cmp-OFF\",\"courseCode\":\"EQUALITY_DIVERSITY\","
                + "\"completedOn\":\"" + today + "\",\"provider\":\"e-learning\"}").status()).isEqualTo(201);

        JsonNode byDepartment = http.get("/compliance/summary?by=department").json();
        JsonNode adults = group(byDepartment, "Adults and Communities");
        // Bea: Nolan, E&D, political awareness; Cal: E&D (done), political awareness
        assertThat(adults.get("people").asInt()).isEqualTo(2);
        assertThat(adults.get("required").asInt()).isEqualTo(5);
        assertThat(adults.get("done").asInt()).isEqualTo(1);
        assertThat(adults.get("percentComplete").asDouble()).isEqualTo(20.0);
        assertThat(group(http.get("/compliance/summary?by=political_group").json(), "Green Group").get("required").asInt()).isEqualTo(4);
        assertThat(group(http.get("/compliance/summary?by=role&course=NOLAN_PRINCIPLES").json(), "chief-officer").get("people").asInt()).isEqualTo(2);
        assertThat(http.get("/compliance/overdue").json()).isEmpty();
        // several summaries from one reading (the console's compliance page) say what each says on its own
        JsonNode together = http.get("/compliance/summaries?by=department,political_group,kind,role").json();
        assertThat(together.findValuesAsText("groupBy")).containsExactly("DEPARTMENT", "POLITICAL_GROUP", "KIND", "ROLE");
        for (int i = 0; i < 4; i++) {
            String by = List.of("department", "political_group", "kind", "role").get(i);
            assertThat(together.get(i).get("groups")).as(by).isEqualTo(http.get("/compliance/summary?by=" + by).json().get("groups"));
        }
        assertThat(http.get("/compliance/summaries").violationFields()).containsExactly("by");
        assertThat(http.get("/compliance/summaries?by=department,shoe_size").violationFields()).containsExactly("by");
        assertThat(new HttpCalls(server.getURL().toString()).as(scope.token("off-1", "officer"))
                .get("/compliance/summaries?by=kind").status()).as("not for an officer").isEqualTo(403);

        // 100 days on, everything undone is overdue (the 90-day rules have passed), and the scan announces it.
        clock.setInstant(clock.instant().plus(Duration.ofDays(100)));
        JsonNode overdue = http.get("/compliance/overdue?department=Adults%20and%20Communities").json();
        List<String> who = overdue.findValuesAsText("courseCode");
        assertThat(who).hasSize(4);
        JsonNode cal = overdue.findParents("courseCode").stream()
                .filter(i -> i.get("person").get("id").asText().equals("cmp-OFF")).findFirst().orElseThrow();
        assertThat(cal.get("courseCode").asText()).isEqualTo("POLITICAL_AWARENESS");
        assertThat(cal.get("lineManagerName").asText()).isEqualTo("Bea Director");
        assertThat(cal.get("daysOverdue").asInt()).isEqualTo(10);
        overdueComesAPageAtATime(http);

        try (EventProbe probe = scope.probe("training.events.v1")) {
            List<ConsumerRecord<String, byte[]>> announced = probe.await(AssignmentOverdue.getDescriptor().getFullName(), 12, Duration.ofSeconds(30));
            assertThat(announced).extracting(ConsumerRecord::key).contains("cmp-OFF", "cmp-CLLR1");
            Thread.sleep(2500); // further scans announce nothing twice
            assertThat(probe.drain(Duration.ofMillis(500)).stream()
                    .filter(r -> new String(r.headers().lastHeader("ce_type").value()).endsWith("AssignmentOverdue"))).hasSize(announced.size());
        }
    }

    /** The whole list read three at a time over gRPC, by token, is the list read at once, in the same order. */
    void overdueComesAPageAtATime(HttpCalls http) throws Exception {
        List<String> whole = http.get("/compliance/overdue?pageSize=500").json().findParents("courseCode").stream()
                .map(i -> i.get("person").get("id").asText() + "/" + i.get("courseCode").asText()).toList();
        assertThat(whole).hasSizeGreaterThan(6);
        assertThat(http.get("/compliance/overdue?pageSize=2").json()).hasSize(2);
        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            var compliance = GrpcCalls.withToken(ComplianceGrpc.newBlockingStub(channel), scope.token("hr-amy", "hr"));
            List<String> paged = new java.util.ArrayList<>();
            String token = "";
            int pages = 0;
            do {
                ListOverdueResponse page = compliance.listOverdue(ListOverdueRequest.newBuilder().setPageSize(3).setPageToken(token).build());
                assertThat(page.getTotalSize()).isEqualTo(whole.size());
                assertThat(page.getItemsCount()).isLessThanOrEqualTo(3);
                page.getItemsList().forEach(i -> paged.add(i.getPerson().getId() + "/" + i.getCourseCode()));
                token = page.getNextPageToken();
                pages++;
            } while (!token.isEmpty());
            assertThat(paged).isEqualTo(whole);
            assertThat(pages).isEqualTo((whole.size() + 2) / 3);
            assertThatThrownBy(() -> compliance.listOverdue(ListOverdueRequest.newBuilder().setPageSize(501).build()))
                    .isInstanceOf(StatusRuntimeException.class).hasMessageContaining("INVALID_ARGUMENT").hasMessageContaining("page_size");
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void anUnknownDimensionIsABadRequestNamingTheParameter() {
        HttpCalls.Reply reply = new HttpCalls(server.getURL().toString()).as(scope.token("hr-amy", "hr")).get("/compliance/summary?by=shoe_size");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("violations").get(0).get("field").asText()).isEqualTo("by");
    }

    static JsonNode group(JsonNode summary, String name) {
        for (JsonNode group : summary.get("groups")) {
            if (group.get("group").asText().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("no group " + name + " in " + summary);
    }
}
