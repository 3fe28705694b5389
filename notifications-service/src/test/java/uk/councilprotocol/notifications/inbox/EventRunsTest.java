package uk.councilprotocol.notifications.inbox;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.testkit.EventSender;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer takes a poll's consecutive events of one council in one transaction. Sent back to back on one key (one
 * partition, so they arrive together and in order): two councils' events interleaved, one for a council this
 * deployment does not serve, and repeats of events already sent. Each is recorded once, in its own council, the
 * stranger refused, and none of the others lost with it.
 */
@MicronautTest(transactional = false)
@Property(name = "platform.tenancy.default-council", value = "eastmoor")
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
class EventRunsTest {
    final TestScope scope = TestScope.of(getClass());

    @Test
    void aPollOfSeveralCouncilsEventsIsRecordedOnceEachInItsOwnCouncil() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String topic = scope.topic("training.events.v1");
        List<String> ids = new ArrayList<>();
        String stranger;
        try (EventSender sender = scope.sender("/training-service")) {
            for (int i = 0; i < 30; i++) {
                String council = i % 3 == 2 ? "glenmoor" : "eastmoor";
                String person = "run-" + run + "-" + i;
                ids.add(sender.send(topic, "run-" + run, TrainingEvents.person(person, "Person " + i,
                        person + "@" + council + ".example.gov.uk", null), UUID.randomUUID().toString(), council));
                if (i == 10) {
                    stranger = sender.send(topic, "run-" + run, TrainingEvents.person("run-" + run + "-x", "Stranger",
                            "x@nowhere.example.gov.uk", null), UUID.randomUUID().toString(), "nowhere");
                    ids.add(stranger);
                }
            }
            // repeats, as a producer retrying would send them
            for (int i = 0; i < 5; i++) {
                String council = i % 3 == 2 ? "glenmoor" : "eastmoor";
                String person = "run-" + run + "-" + i;
                sender.send(topic, "run-" + run, TrainingEvents.person(person, "Person " + i,
                        person + "@" + council + ".example.gov.uk", null), ids.get(i), council);
            }
        }
        String idList = "'" + String.join("','", ids) + "'";
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.processed_event WHERE event_id IN ("
                + idList + ")") == ids.size(), Duration.ofSeconds(30), "every event recorded");
        Thread.sleep(500);   // the repeats have been read by now; none may add a row
        assertThat(scope.count("SELECT count(*) FROM notifications.processed_event WHERE event_id IN (" + idList + ")"))
                .isEqualTo(ids.size());
        assertThat(scope.count("SELECT count(*) FROM notifications.processed_event WHERE outcome = 'rejected' AND event_id IN ("
                + idList + ")")).as("the stranger's").isEqualTo(1);
        assertThat(scope.count("SELECT count(*) FROM notifications.contact WHERE council = 'eastmoor' AND person_id LIKE 'run-"
                + run + "-%' AND email LIKE '%@eastmoor.example.gov.uk'")).isEqualTo(20);
        assertThat(scope.count("SELECT count(*) FROM notifications.contact WHERE council = 'glenmoor' AND person_id LIKE 'run-"
                + run + "-%' AND email LIKE '%@glenmoor.example.gov.uk'")).isEqualTo(10);
        assertThat(scope.count("SELECT count(*) FROM notifications.contact WHERE person_id LIKE 'run-" + run + "-%'")).isEqualTo(30);
    }
}
