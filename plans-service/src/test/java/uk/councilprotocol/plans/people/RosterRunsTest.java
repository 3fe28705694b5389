package uk.councilprotocol.plans.people;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.plans.v1.ActionAnswerersChanged;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.EventSender;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.councilprotocol.plans.PlanFixtures.imported;

/**
 * A roster import's events arrive back to back and are taken as runs (one lock, one read, one write per run): each
 * person's copy ends as their last event left it, a repeated event changes nothing, and an action naming the post
 * ends with exactly its holders, announced in {@code ActionAnswerersChanged}.
 */
@MicronautTest(transactional = false)
class RosterRunsTest {
    @Inject
    EmbeddedServer server;

    final TestScope scope = TestScope.of(getClass());

    @Test
    void aRunOfRosterEventsLeavesEachPersonAsTheirLastEventSaysAndTheActionWithThePostsHolders() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String post = "Head of Runs " + id;
        HttpCalls standards = new HttpCalls(server.getURL().toString()).as(scope.token("mo", "standards"));
        imported(standards, "Theme\tAction\tOwner\tDue date\nSkills\tRun the roster " + id + "\t" + post + "\t31 March 2030\n",
                Map.of("title", "Runs " + id));
        String actionId = scope.text("SELECT id::text FROM plans.action WHERE text = 'Run the roster " + id + "'");
        List<String> people = IntStream.range(0, 12).mapToObj(i -> String.format("RUN-%s-%02d", id, i)).toList();

        try (EventProbe probe = scope.probe("plans.events.v1")) {
            try (EventSender sender = scope.sender("/training-service")) {
                String topic = scope.topic("training.events.v1");
                List<String> eventIds = new ArrayList<>();
                for (String person : people) {
                    eventIds.add(sender.send(topic, "runs-" + id, PersonRegistered.newBuilder().setPerson(person(person, post)).build()));
                }
                // the fourth takes another post, then a producer's retry repeats the first's event
                sender.send(topic, "runs-" + id, PersonChanged.newBuilder().setPerson(person(people.get(3), "Clerk")).build());
                sender.send(topic, "runs-" + id, PersonRegistered.newBuilder().setPerson(person(people.get(0), post)).build(),
                        eventIds.get(0));
            }
            List<String> holders = people.stream().filter(p -> !p.equals(people.get(3))).toList();
            Eventually.assertTrue(() -> String.join(",", holders).equals(scope.text(
                    "SELECT array_to_string(answered_by, ',') FROM plans.action WHERE id = '" + actionId + "'")),
                    Duration.ofSeconds(30), "the action answered for by the post's eleven holders");
            assertThat(scope.count("SELECT count(*) FROM plans.person WHERE person_id LIKE 'RUN-" + id + "-%'")).isEqualTo(12);
            assertThat(scope.text("SELECT job_title FROM plans.person WHERE person_id = '" + people.get(3) + "'")).isEqualTo("Clerk");

            List<ConsumerRecord<String, byte[]>> changes = probe.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> r.key().equals(actionId) && ActionAnswerersChanged.getDescriptor().getFullName()
                            .equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE))).toList();
            assertThat(changes).as("the changes announced").isNotEmpty();
            assertThat(ActionAnswerersChanged.parseFrom(changes.get(changes.size() - 1).value()).getAction()
                    .getAnsweredByPersonIdsList()).as("the last announcement names the holders").containsExactlyElementsOf(holders);
        }
    }

    private static Person person(String id, String jobTitle) {
        return Person.newBuilder().setId(id).setFullName("Runner " + id).setEmail(id.toLowerCase() + "@eastmoor.example.gov.uk")
                .setKind(PersonKind.OFFICER).setDepartment("Law and Governance").setJobTitle(jobTitle)
                .setStartDate("2020-01-06").setActive(true).build();
    }
}
