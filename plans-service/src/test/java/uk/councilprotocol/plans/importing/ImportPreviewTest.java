package uk.councilprotocol.plans.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed plans' three layouts, and one they have never seen, read by their headers through the preview. */
@MicronautTest(transactional = false)
class ImportPreviewTest {

    @Inject
    EmbeddedServer server;

    HttpCalls http() {
        return new HttpCalls(server.getURL().toString()).as(TestScope.of(getClass()).token("mo", "standards"));
    }

    JsonNode preview(String table, String mapping) {
        String query = mapping == null ? "" : "?mapping=" + URLEncoder.encode(mapping, StandardCharsets.UTF_8);
        HttpCalls.Reply reply = http().post("/plans/import/preview" + query, "text/tab-separated-values", table);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The seed tables, kept as test resources (src/test/resources/seeds). */
    static String seed(String number) throws Exception {
        String file = switch (number) {
            case "000" -> "protocol-action-plan-000.txt";
            case "002" -> "progress-update-002.txt";
            default -> "lga-peer-challenge-003.txt";
        };
        try (var in = ImportPreviewTest.class.getResourceAsStream("/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<JsonNode> rows(JsonNode table) {
        List<JsonNode> rows = new ArrayList<>();
        table.get("rows").forEach(rows::add);
        return rows;
    }

    @Test
    void theLgaPeerChallengePlanOfSeed003WithItsHeaderRepeatedOnEveryPage() throws Exception {
        JsonNode table = preview(seed("003"), null);
        assertThat(table.get("columns").get("Cabinet Lead").asText()).isEqualTo("CABINET_LEAD");
        assertThat(table.get("columns").get("LGA Recommendation").asText()).isEqualTo("RECOMMENDATION");
        List<JsonNode> rows = rows(table);
        assertThat(rows.stream().map(r -> r.get("cells").path("REFERENCE").asText()).distinct().toList())
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        JsonNode first = rows.get(0);
        assertThat(first.get("cells").get("RECOMMENDATION").asText()).startsWith("Constitutional Review");
        assertThat(first.get("cells").get("CABINET_LEAD").asText()).isEqualTo("Cllr Stephen George, Leader");
        assertThat(first.get("cells").get("SPONSOR").asText()).isEqualTo("Executive Director (Strategy, Change and Governance)");
        assertThat(first.get("cells").get("ACTION").asText()).contains("By March 2023");
        JsonNode sixth = rows.stream().filter(r -> r.get("cells").path("REFERENCE").asText().equals("6")).findFirst().orElseThrow();
        assertThat(sixth.get("cells").get("RECOMMENDATION").asText()).as("continued over the page break")
                .contains("about the difficult decisions required to deliver a balanced medium term financial position");
    }

    @Test
    void theProgressUpdateOfSeed002WithHeadingsAndBullets() throws Exception {
        List<JsonNode> rows = rows(preview(seed("002"), null));
        assertThat(rows.stream().map(r -> r.path("heading").asText()).distinct().toList())
                .contains("Relationship building", "Skills & training", "Better Communications", "When things go wrong");
        JsonNode nolan = rows.stream().filter(r -> r.get("cells").path("ACTION").asText().startsWith("Training on the Nolan Principles"))
                .findFirst().orElseThrow();
        assertThat(nolan.path("heading").asText()).isEqualTo("Skills & training");
        assertThat(rows.stream().anyMatch(r -> r.get("cells").path("ACTION").asText().startsWith("Training opportunities for Councillors")))
                .as("a cell of several bullets is several actions").isTrue();
        JsonNode hub = rows.stream().filter(r -> r.get("cells").path("ACTION").asText().equals("On-going review of Members Enquiries"))
                .findFirst().orElseThrow();
        assertThat(hub.get("cells").get("PROGRESS").asText()).contains("Members Support Hub");
        JsonNode wrapped = rows.get(rows.size() - 1);
        assertThat(wrapped.get("cells").get("ACTION").asText()).startsWith("Standards Committee to consider its approach");
        assertThat(wrapped.get("cells").get("PROGRESS").asText()).startsWith("Recommendation in section 2.3");
    }

    @Test
    void theProtocolActionPlanOfSeed000CarriesItsFamilyDown() throws Exception {
        List<JsonNode> rows = rows(preview(seed("000"), null));
        JsonNode meetings = rows.stream().filter(r -> r.get("cells").path("RECOMMENDATION").asText()
                .startsWith("Regular meetings between Group Leaders and the Chief Executive")).findFirst().orElseThrow();
        assertThat(meetings.get("cells").get("THEME").asText()).startsWith("Skills, Learning, & Development").contains("FAMILY LEAD: SUE PUTT");
        assertThat(meetings.get("cells").get("OUTCOME").asText()).startsWith("Leaders who are able to deliver");
    }

    @Test
    void aLayoutNeverSeenImportsWithAMappingAndWithoutOneTheErrorListsTheHeaders() {
        String table = "Workstream lead\tWhat we will do\tWhen\n"
                + "Director of Law and Governance\tPublish the new protocol\tMarch 2024\n"
                + "All Directors\t• Brief every team • Add the protocol to induction\tBy summer 2024\n";
        HttpCalls.Reply unknown = http().post("/plans/import/preview", "text/tab-separated-values", table);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("violations").get(0).get("field").asText()).isEqualTo("columns");
        assertThat(unknown.json().get("violations").get(0).get("message").asText()).contains("Workstream lead | What we will do | When");

        JsonNode mapped = preview(table, "{\"Workstream lead\":\"owner\",\"What we will do\":\"action\",\"When\":\"due\"}");
        List<JsonNode> rows = rows(mapped);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).get("cells").get("ACTION").asText()).isEqualTo("Add the protocol to induction");
        assertThat(rows.get(2).get("cells").get("OWNER").asText()).isEqualTo("All Directors");
        assertThat(rows.get(2).get("cells").get("DUE").asText()).isEqualTo("By summer 2024");
        assertThat(http().post("/plans/import/preview?mapping=" + URLEncoder.encode("{\"When\":\"whenever\"}", StandardCharsets.UTF_8),
                "text/tab-separated-values", table).status()).isEqualTo(400);
    }
}
