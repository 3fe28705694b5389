package uk.councilprotocol.plans.duedates;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates and milestones read through the HTTP API (the parsing itself: DueDateParserTest, MilestoneFinderTest). */
@MicronautTest(transactional = false)
class DueDatesTest {
    @Inject
    EmbeddedServer server;

    HttpCalls http() {
        return new HttpCalls(server.getURL().toString()).as(TestScope.of(getClass()).token("mo", "standards"));
    }

    JsonNode due(String text) {
        HttpCalls.Reply reply = http().get("/due-dates?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    void assertDue(String text, String precision, String deadline) {
        JsonNode due = due(text);
        assertThat(due.get("text").asText()).isEqualTo(text);
        assertThat(due.get("precision").asText()).as(text).isEqualTo(precision);
        if (deadline == null) {
            assertThat(due.has("deadline")).as(text).isFalse();
        } else {
            assertThat(due.get("deadline").asText()).as(text).isEqualTo(deadline);
        }
    }

    /** The parser's table is {@link DueDateParserTest}; here, that the HTTP surface serves it and names a missing text. */
    @Test
    void aDueDateIsReadOverHttp() {
        assertDue("By summer 2023", "SEASON", "2023-08-31");
        assertDue("Ongoing", "ONGOING", null);
        assertThat(http().get("/due-dates").status()).isEqualTo(400);
    }

    @Test
    void milestonesAreFoundInsideTheActionTextOfSeed003() throws Exception {
        String action;
        try (var in = DueDatesTest.class.getResourceAsStream("/seeds/lga-peer-challenge-003.txt")) {
            action = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("1\tConstitutional Review")).findFirst().orElseThrow().split("\t")[2];
        }
        JsonNode milestones = http().post("/milestones", "text/plain", action).json();
        assertThat(milestones.findValuesAsText("text")).anyMatch(t -> t.startsWith("By March 2023, the first phase"));
        assertThat(milestones.findValues("due").stream().map(d -> d.get("deadline").asText()).toList())
                .containsExactly("2023-03-31", "2023-08-31", "2023-06-30");
        assertThat(milestones.get(2).get("text").asText()).contains("programme plan");
    }
}
