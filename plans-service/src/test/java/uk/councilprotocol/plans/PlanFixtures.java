package uk.councilprotocol.plans;

import com.fasterxml.jackson.databind.JsonNode;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the plans tests share: the seed tables, importing over HTTP, and finding actions in a plan. */
public final class PlanFixtures {
    private PlanFixtures() {
    }

    /** The seed tables, kept as test resources (src/test/resources/seeds). */
    public static String seed(String number) {
        String file = switch (number) {
            case "000" -> "protocol-action-plan-000.txt";
            case "001" -> "protocol-review-001.txt";
            case "002" -> "progress-update-002.txt";
            default -> "lga-peer-challenge-003.txt";
        };
        try (var in = PlanFixtures.class.getResourceAsStream("/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static HttpCalls.Reply importTable(HttpCalls http, String table, Map<String, String> query) {
        String q = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.post("/plans/import" + (q.isEmpty() ? "" : "?" + q), "text/tab-separated-values", table);
    }

    public static JsonNode imported(HttpCalls http, String table, Map<String, String> query) {
        HttpCalls.Reply reply = importTable(http, table, query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    public static JsonNode plan(HttpCalls http, String planId) {
        HttpCalls.Reply reply = http.get("/plans/" + planId);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    public static List<JsonNode> actions(JsonNode plan) {
        List<JsonNode> actions = new ArrayList<>();
        plan.get("themes").forEach(theme -> theme.get("actions").forEach(actions::add));
        return actions;
    }

    public static JsonNode action(JsonNode plan, String startsWith) {
        return actions(plan).stream().filter(a -> a.get("text").asText().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no action starting \"" + startsWith + "\" in "
                        + actions(plan).stream().map(a -> a.get("text").asText()).toList()));
    }

    public static JsonNode theme(JsonNode plan, String name) {
        for (JsonNode theme : plan.get("themes")) {
            if (theme.get("name").asText().equals(name)) {
                return theme;
            }
        }
        throw new AssertionError("no theme " + name);
    }

    /** Puts a person on plans-service's copy of the roster, as training-service's event would. */
    public static void onRoster(TestScope scope, String id, String name, String jobTitle) {
        scope.publish("training.events.v1", id, PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                .setId(id).setFullName(name).setEmail(id.toLowerCase() + "@eastmoor.example.gov.uk")
                .setKind(PersonKind.OFFICER).setDepartment("Law and Governance").setJobTitle(jobTitle)
                .setStartDate("2020-01-06").setActive(true)).build());
    }
}
