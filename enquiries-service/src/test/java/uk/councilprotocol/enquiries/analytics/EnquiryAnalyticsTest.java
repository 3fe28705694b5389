package uk.councilprotocol.enquiries.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * November 2026 at the Hub: two Highways enquiries (one answered in 6 working days, one in 14), two Schools
 * enquiries (one held over and answered within its new deadline, one still open and overdue), and one
 * reclassified as a complaint, which the statistics leave out; and one in December answered across Christmas.
 */
// Its outcome depends on the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
class EnquiryAnalyticsTest extends ServiceCallsTest {
    @Inject
    AdjustableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    String log(HttpCalls hub, String category, String receivedAt) {
        HttpCalls.Reply reply = hub.postJson("/enquiries", Map.of("councillorId", "CLLR-S", "channel", "email",
                "receivedAt", receivedAt, "subject", category + " matter", "description", "d", "category", category, "ward", "Riverside"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("reference").asText();
    }

    void respondAt(String reference, String department, String instant) {
        clock.setInstant(Instant.parse(instant));
        assertThat(as("officer", "officer", department).postJson("/enquiries/" + reference + "/response",
                Map.of("response", "Done.")).status()).isEqualTo(200);
    }

    @Test
    void volumesOnTimeRatesWorkingDayPercentilesHoldingRepliesAndOverdueByGroup() {
        scope.publish("training.events.v1", "CLLR-S", PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                .setId("CLLR-S").setFullName("Cllr Sam Stats").setEmail("sam@example.gov.uk").setKind(PersonKind.COUNCILLOR)
                .setStartDate("2023-05-08").setActive(true)).build());
        HttpCalls hub = as("hub", "hub");
        hub.postJson("/routing-rules", Map.of("category", "Highways", "department", "Environment and Place"));
        hub.postJson("/routing-rules", Map.of("category", "Schools", "department", "Children and Learning"));
        clock.setInstant(Instant.parse("2026-11-10T12:00:00Z"));
        Eventually.assertTrue(() -> hub.postJson("/enquiries", Map.of("councillorId", "CLLR-S", "channel", "email",
                "receivedAt", "2026-11-02T10:00:00Z", "subject", "probe", "description", "d", "category", "Highways"))
                .status() == 201, Duration.ofSeconds(30), "the councillor reached enquiries-service");
        // That probe enquiry is reclassified below, so it does not count.
        String probe = hub.get("/enquiries").json().get(0).get("reference").asText();
        assertThat(hub.postJson("/enquiries/" + probe + "/reclassification", Map.of("complaintReference", "COMP-1")).status()).isEqualTo(200);

        String quick = log(hub, "Highways", "2026-11-02T10:00:00Z");
        String slow = log(hub, "Highways", "2026-11-02T10:00:00Z");
        String heldOver = log(hub, "Schools", "2026-11-03T09:00:00Z");
        log(hub, "Schools", "2026-11-04T09:00:00Z");                        // due 18 November, never answered
        respondAt(quick, "department:environment-and-place", "2026-11-10T12:00:00Z");
        clock.setInstant(Instant.parse("2026-11-16T12:00:00Z"));
        assertThat(as("officer", "officer", "department:children-and-learning").postJson("/enquiries/" + heldOver + "/holding-reply",
                Map.of("reason", "Awaiting the school", "actionBeingTaken", "Meeting the head", "newDueDate", "2026-11-30")).status()).isEqualTo(200);
        respondAt(slow, "department:environment-and-place", "2026-11-20T12:00:00Z");
        respondAt(heldOver, "department:children-and-learning", "2026-11-25T12:00:00Z");
        // Across Christmas: 25 and 28 December 2026 and 1 January 2027 are bank holidays in England, so from Monday
        // 21 December to Tuesday 5 January is 8 working days, two before it was due (7 January).
        hub.postJson("/routing-rules", Map.of("category", "Parks", "department", "Culture and Leisure"));
        clock.setInstant(Instant.parse("2026-12-21T11:00:00Z"));
        String acrossChristmas = log(hub, "Parks", "2026-12-21T10:00:00Z");
        respondAt(acrossChristmas, "department:culture-and-leisure", "2027-01-05T12:00:00Z");

        JsonNode byDepartment = as("mo", "standards").get("/analytics/enquiries?by=department").json();
        JsonNode environment = group(byDepartment, "Environment and Place");
        assertThat(environment.get("enquiries").asInt()).isEqualTo(2);
        assertThat(environment.get("answered").asInt()).isEqualTo(2);
        assertThat(environment.get("percentAnsweredOnTime").asDouble()).isEqualTo(50.0);
        assertThat(environment.get("medianWorkingDays").asDouble()).isEqualTo(6.0);
        assertThat(environment.get("p90WorkingDays").asDouble()).isEqualTo(14.0);
        JsonNode children = group(byDepartment, "Children and Learning");
        assertThat(children.get("enquiries").asInt()).isEqualTo(2);
        assertThat(children.get("percentAnsweredOnTime").asDouble()).isEqualTo(0.0);
        assertThat(children.get("percentWithinRevisedDeadline").asDouble()).isEqualTo(100.0);
        assertThat(children.get("medianWorkingDays").asDouble()).isEqualTo(16.0);
        assertThat(children.get("withHoldingReply").asInt()).isEqualTo(1);
        assertThat(children.get("openOverdue").asInt()).isEqualTo(1);

        assertThat(group(as("hub", "hub").get("/analytics/enquiries?by=month").json(), "2026-11").get("enquiries").asInt()).isEqualTo(4);
        assertThat(group(as("hub", "hub").get("/analytics/enquiries?by=councillor").json(), "Cllr Sam Stats").get("answered").asInt()).isEqualTo(4);
        JsonNode parks = group(as("hub", "hub").get("/analytics/enquiries?by=category").json(), "Parks");
        assertThat(parks.get("answered").asInt()).isEqualTo(1);
        assertThat(parks.get("medianWorkingDays").asDouble()).isEqualTo(8.0);
        assertThat(parks.get("percentAnsweredOnTime").asDouble()).isEqualTo(100.0);
        assertThat(group(as("hub", "hub").get("/analytics/enquiries?by=month").json(), "2026-12").get("enquiries").asInt()).isEqualTo(1);
        HttpCalls.Reply csv = as("hub", "hub").get("/analytics/enquiries/csv?by=category");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("category,enquiries,answered,percent_answered_on_time")
                .contains("\r\nHighways,2,2,50.0,50.0,6.0,14.0,0,0\r\n");   // RFC 4180 records end with CRLF
        // a period: the days received, both included
        assertThat(names(as("hub", "hub").get("/analytics/enquiries?by=month&from=2026-12-01").json())).containsExactly("2026-12");
        assertThat(names(as("hub", "hub").get("/analytics/enquiries?by=category&from=2026-11-02&to=2026-11-03").json()))
                .containsExactly("Highways", "Schools");
        assertThat(group(as("hub", "hub").get("/analytics/enquiries?by=category&from=2026-11-03&to=2026-11-03").json(), "Schools")
                .get("enquiries").asInt()).as("the 3rd only").isEqualTo(1);
        HttpCalls.Reply backwards = as("hub", "hub").get("/analytics/enquiries?from=2026-12-10&to=2026-12-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.violationFields()).containsExactly("to");
        assertThat(as("hub", "hub").get("/analytics/enquiries?from=last-week").violationFields()).containsExactly("from");
        // a department's own figures, for its officers
        HttpCalls ownDepartment = as("env-officer", "officer", "department:environment-and-place");
        assertThat(names(ownDepartment.get("/analytics/enquiries?by=department").json())).containsExactly("Environment and Place");
        assertThat(names(ownDepartment.get("/analytics/enquiries?by=category").json())).containsExactly("Highways");
        assertThat(group(ownDepartment.get("/analytics/enquiries?by=category").json(), "Highways").get("answered").asInt()).isEqualTo(2);
        assertThat(as("visitor", "officer").get("/analytics/enquiries").status()).as("an officer of no department").isEqualTo(403);
        assertThat(as("CLLR-S", "councillor").get("/analytics/enquiries").status()).isEqualTo(403);
        assertThat(as("hub", "hub").get("/analytics/enquiries?by=shoe_size").status()).isEqualTo(400);
    }

    static java.util.List<String> names(JsonNode report) {
        java.util.List<String> names = new java.util.ArrayList<>();
        report.get("groups").forEach(g -> names.add(g.get("group").asText()));
        return names;
    }

    static JsonNode group(JsonNode report, String name) {
        for (JsonNode g : report.get("groups")) {
            if (g.get("group").asText().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no group " + name + " in " + report);
    }
}
