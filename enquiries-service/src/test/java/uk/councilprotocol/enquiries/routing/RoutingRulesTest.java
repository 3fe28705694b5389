package uk.councilprotocol.enquiries.routing;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.enquiries.v1.ChangeRoutingRuleRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListRoutingRulesRequest;
import uk.councilprotocol.contracts.enquiries.v1.RemoveRoutingRuleRequest;
import uk.councilprotocol.contracts.enquiries.v1.RoutingRule;
import uk.councilprotocol.contracts.enquiries.v1.RoutingRuleDraft;
import uk.councilprotocol.contracts.enquiries.v1.RoutingRulesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.RoutingRuleChanged;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Hub's routing rules over gRPC and HTTP (issue 16): listed, added, changed and removed by the Hub and the admin only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingRulesTest extends ServiceCallsTest {

    @BeforeAll
    void open() {
    }

    RoutingRulesGrpc.RoutingRulesBlockingStub rules(String subject, String... roles) {
        return GrpcCalls.withToken(RoutingRulesGrpc.newBlockingStub(channel), scope.token(subject, roles)).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    static RoutingRuleDraft draft(String category, String ward, String department) {
        return RoutingRuleDraft.newBuilder().setCategory(category).setWard(ward).setDepartment(department).build();
    }

    @Test
    void theHubAddsChangesAndRemovesARuleAndTheRouteFollows() throws Exception {
        EventProbe events = scope.probe("enquiries.events.v1");
        var hub = rules("hub-aisha", "hub", "officer");
        RoutingRule added = hub.addRoutingRule(draft("Parking", "", "Environment and Place"));
        assertThat(added.getId()).isNotEmpty();
        assertThat(hub.listRoutingRules(ListRoutingRulesRequest.getDefaultInstance()).getRulesList())
                .extracting(RoutingRule::getCategory).contains("Parking");

        RoutingRule changed = hub.changeRoutingRule(ChangeRoutingRuleRequest.newBuilder().setId(added.getId())
                .setRule(draft("Parking", "", "Resources").toBuilder().setDefaultOfficerId("EM-0301")).build());
        assertThat(changed.getDepartment()).isEqualTo("Resources");
        assertThat(changed.getDefaultOfficerId()).isEqualTo("EM-0301");
        assertThat(scope.text("SELECT department FROM enquiries.routing_rule WHERE id = '" + added.getId() + "'")).isEqualTo("Resources");

        HttpCalls.Reply overHttp = as("hub-aisha", "hub", "officer").put("/routing-rules/" + added.getId(), "application/json",
                "{\"category\":\"Parking\",\"ward\":\"Riverside\",\"department\":\"Environment and Place\"}");
        assertThat(overHttp.status()).as(overHttp.body()).isEqualTo(200);
        assertThat(overHttp.json().get("ward").asText()).isEqualTo("Riverside");

        RoutingRule removed = hub.removeRoutingRule(RemoveRoutingRuleRequest.newBuilder().setId(added.getId()).build());
        assertThat(removed.getCategory()).isEqualTo("Parking");
        assertThat(scope.count("SELECT count(*) FROM enquiries.routing_rule WHERE id = '" + added.getId() + "'")).isZero();
        assertThat(as("hub-aisha", "hub", "officer").send("DELETE", "/routing-rules/" + added.getId()).status())
                .as("gone already").isEqualTo(404);

        // each change announced, keyed by the rule, with who made it: ADDED, CHANGED (gRPC, then HTTP), REMOVED
        try (events) {
            List<RoutingRuleChanged> changes = new ArrayList<>();
            for (var record : events.await(r -> r.key().equals(added.getId()), 4, Duration.ofSeconds(30))) {
                changes.add(RoutingRuleChanged.parseFrom(record.value()));
            }
            assertThat(changes).extracting(RoutingRuleChanged::getChange).containsExactly("ADDED", "CHANGED", "CHANGED", "REMOVED");
            assertThat(changes).extracting(RoutingRuleChanged::getDepartment)
                    .containsExactly("Environment and Place", "Resources", "Environment and Place", "Environment and Place");
            assertThat(changes.get(2).getWard()).isEqualTo("Riverside");
            assertThat(changes).extracting(RoutingRuleChanged::getChangedBy).containsOnly("hub-aisha");
        }
    }

    @Test
    void aClashOrAMissingFieldIsNamedAndNothingChanges() {
        var hub = rules("hub-aisha", "hub", "officer");
        RoutingRule bins = hub.addRoutingRule(draft("Bins", "", "Environment and Place"));
        RoutingRule binsHere = hub.addRoutingRule(draft("Bins", "Riverside", "Environment and Place"));
        assertThatThrownBy(() -> hub.changeRoutingRule(ChangeRoutingRuleRequest.newBuilder().setId(binsHere.getId())
                .setRule(draft("bins", "", "Resources")).build()))
                .as("would be a second rule for Bins anywhere")
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("category");
                });
        assertThat(hub.changeRoutingRule(ChangeRoutingRuleRequest.newBuilder().setId(bins.getId())
                .setRule(draft("Bins", "", "Resources")).build()).getDepartment()).as("a rule may keep its own category").isEqualTo("Resources");
        assertThatThrownBy(() -> hub.changeRoutingRule(ChangeRoutingRuleRequest.newBuilder().setId(bins.getId())
                .setRule(draft("", "", "")).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
                        assertThat(GrpcCalls.badRequestFields(e)).containsExactlyInAnyOrder("category", "department"));
        assertThatThrownBy(() -> hub.addRoutingRule(draft("2026-12-03T10:00:00Z", "a\u0001b", "-1")))
                .as("a date, control characters and a number are not names")
                .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
                        assertThat(GrpcCalls.badRequestFields(e)).containsExactlyInAnyOrder("category", "ward", "department"));
        assertThat(hub.addRoutingRule(draft("Anti-social behaviour", "St Mary’s", "Housing & Communities (North)")).getWard())
                .as("names as councils write them").isEqualTo("St Mary’s");
        assertThatThrownBy(() -> hub.removeRoutingRule(RemoveRoutingRuleRequest.newBuilder().setId("not-an-id").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(GrpcCalls.badRequestFields(e)).containsExactly("id"));
        assertThatThrownBy(() -> hub.removeRoutingRule(RemoveRoutingRuleRequest.newBuilder().setId(UUID.randomUUID().toString()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThat(scope.text("SELECT department FROM enquiries.routing_rule WHERE id = '" + binsHere.getId() + "'"))
                .isEqualTo("Environment and Place");
    }

    @Test
    void onlyTheHubAndTheAdminManageRules() {
        RoutingRule rule = rules("admin-eve", "admin").addRoutingRule(draft("Trees", "", "Environment and Place"));
        for (String[] caller : new String[][]{{"EM-0206", "officer", "department:environment-and-place"}, {"CLLR-1", "councillor"},
                {"mo", "standards"}}) {
            assertThatThrownBy(() -> rules(caller[0], caller[1]).removeRoutingRule(RemoveRoutingRuleRequest.newBuilder().setId(rule.getId()).build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
            assertThatThrownBy(() -> rules(caller[0], caller[1]).listRoutingRules(ListRoutingRulesRequest.getDefaultInstance()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
            assertThat(as(caller[0], caller[1]).put("/routing-rules/" + rule.getId(), "application/json",
                    "{\"category\":\"Trees\",\"department\":\"Resources\"}").status()).isEqualTo(403);
            assertThat(as(caller[0], caller[1]).send("DELETE", "/routing-rules/" + rule.getId()).status()).isEqualTo(403);
        }
        assertThat(scope.text("SELECT department FROM enquiries.routing_rule WHERE id = '" + rule.getId() + "'")).isEqualTo("Environment and Place");
    }
}
