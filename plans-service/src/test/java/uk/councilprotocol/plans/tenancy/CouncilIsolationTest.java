package uk.councilprotocol.plans.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.plans.v1.ActionCreated;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.testkit.CouncilIsolationContract;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.councilprotocol.plans.PlanFixtures.imported;

/**
 * Two councils' standards teams on one plans-service: each imports its plan against its own roster (the same roster
 * id is a Director in one council and not in the other), sees only its own plans, and each action's event names
 * its council and the people of that council who answer for it. Then Glenmoor's caller tries every route and
 * method on Eastmoor's plan and action ({@link CouncilIsolationContract}, which runs last).
 */
@MicronautTest(transactional = false)
@Property(name = "platform.tenancy.default-council", value = "eastmoor")
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
class CouncilIsolationTest extends CouncilIsolationContract {
    static final String TABLE = "Theme\tAction\tOwner\tDue date\n"
            + "Governance\tRun the annual councillor skills audit\tAll Directors\tBy summer 2027\n";

    final TestScope scope = TestScope.of(getClass());

    HttpCalls standards(String council) {
        return new HttpCalls(server.getURL().toString()).as(scope.tokenFor(council, "mo-" + council, "standards"));
    }

    void onRoster(String council, String jobTitle) {
        scope.publishFor(council, "training.events.v1", "iso-0103", PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                .setId("iso-0103").setFullName("Gareth Llewellyn").setEmail("gareth@" + council + ".example.gov.uk")
                .setKind(PersonKind.OFFICER).setJobTitle(jobTitle).setStartDate("2020-01-06").setActive(true)).build());
    }

    @Test
    void eachCouncilsPlanIsReadAgainstItsOwnRosterAndSeenOnlyByIt() throws Exception {
        onRoster("eastmoor", "Director of Law and Governance");
        onRoster("glenmoor", "Finance Business Partner");
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM plans.person WHERE person_id = 'iso-0103'") == 2,
                Duration.ofSeconds(30), "each council's roster copied");
        imported(standards("eastmoor"), TABLE, Map.of("title", "Eastmoor protocol plan"));
        imported(standards("glenmoor"), TABLE, Map.of("title", "Glenmoor improvement plan"));

        assertThat(standards("glenmoor").get("/plans").json().findValuesAsText("title")).containsExactly("Glenmoor improvement plan");
        assertThat(standards("eastmoor").get("/plans").json().findValuesAsText("title")).containsExactly("Eastmoor protocol plan");

        try (EventProbe probe = scope.probe("plans.events.v1")) {
            List<ConsumerRecord<String, byte[]>> created = probe.await(ActionCreated.getDescriptor().getFullName(), 2, Duration.ofSeconds(20));
            Map<String, List<String>> answerers = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : created) {
                answerers.put(CloudEventHeaders.get(record.headers(), CloudEventHeaders.COUNCIL),
                        ActionCreated.parseFrom(record.value()).getAction().getAnsweredByPersonIdsList());
            }
            assertThat(answerers.get("eastmoor")).as("Eastmoor's Director").containsExactly("iso-0103");
            assertThat(answerers.get("glenmoor")).as("in Glenmoor the same id holds no Director's post").isEmpty();
        }

        assertThat(scope.countAsService(null, "SELECT count(*) FROM plans.action")).as("no council named, no rows").isZero();
        assertThat(scope.countAsService("glenmoor", "SELECT count(*) FROM plans.plan")).isEqualTo(1);
    }

    @Override
    protected String schema() {
        return "plans";
    }

    @Override
    protected Map<String, String> idsOfTheCouncil() {
        String plan = scope.text("SELECT id FROM plans.plan WHERE council = 'eastmoor'");
        String action = scope.text("SELECT id FROM plans.action WHERE council = 'eastmoor'");
        return Map.of("plans.id", plan, "planId", plan, "actions.id", action, "actionId", action, "personId", "iso-0103");
    }

    @Override
    protected List<String> textOnlyTheCouncilHolds() {
        return List.of("Eastmoor protocol plan", "gareth@eastmoor.example.gov.uk");
    }
}
