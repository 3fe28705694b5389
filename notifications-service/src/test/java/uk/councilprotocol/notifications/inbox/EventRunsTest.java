package uk.councilprotocol.notifications.inbox;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.testkit.EventSender;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer takes each council's events of a poll in one transaction. Sent back to back on one key (one partition,
 * so they arrive together and in order): two councils' events interleaved, one for a council this deployment does not
 * serve, and repeats of events already sent. Each is recorded once, in its own council, the stranger refused, and none
 * of the others lost with it.
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

    /**
     * A deployment serving many councils interleaves their events: a poll of them is one transaction a council, not
     * one an event. Sent as one Kafka transaction, so the consumer reads them in one poll; the rows one transaction
     * wrote share its id (xmin).
     */
    @Test
    void interleavedCouncilsEventsAreOneTransactionACouncil() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String topic = scope.topic("training.events.v1");
        List<String> ids = new ArrayList<>();
        scope.sendTogether("/training-service", sender -> {
            for (int i = 0; i < 20; i++) {
                String council = i % 2 == 0 ? "eastmoor" : "glenmoor";
                String person = "mix-" + run + "-" + i;
                ids.add(sender.send(topic, "mix-" + run, TrainingEvents.person(person, "Person " + i,
                        person + "@" + council + ".example.gov.uk", null), UUID.randomUUID().toString(), council));
            }
        });
        String idList = "'" + String.join("','", ids) + "'";
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.processed_event WHERE event_id IN ("
                + idList + ")") == ids.size(), Duration.ofSeconds(30), "every event recorded");
        for (String council : List.of("eastmoor", "glenmoor")) {
            assertThat(scope.count("SELECT count(DISTINCT xmin::text) FROM notifications.contact WHERE council = '" + council
                    + "' AND person_id LIKE 'mix-" + run + "-%'")).as(council + "'s ten, in one transaction").isEqualTo(1);
        }
    }

    /**
     * A roster import's assignments come as a run of one type, planned together (one read, one write for the run):
     * each still gets its own reminders once, a repeated event adds nothing, and the same assignment sent again
     * under a new event id plans nothing twice.
     */
    @Test
    void aRunOfAssignmentsPlansEachOnesRemindersOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String topic = scope.topic("training.events.v1");
        LocalDate due = LocalDate.of(2031, 3, 14);   // far ahead: every reminder is pending, none due now
        List<String> assignments = new ArrayList<>();
        try (EventSender sender = scope.sender("/training-service")) {
            List<String> eventIds = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String assignment = UUID.randomUUID().toString();
                assignments.add(assignment);
                eventIds.add(sender.send(topic, "plan-" + run, TrainingEvents.assignment(assignment, "plan-" + run + "-" + i, due),
                        UUID.randomUUID().toString(), "eastmoor"));
            }
            for (int i = 0; i < 3; i++) {   // a producer's retries
                sender.send(topic, "plan-" + run, TrainingEvents.assignment(assignments.get(i), "plan-" + run + "-" + i, due),
                        eventIds.get(i), "eastmoor");
            }
            // the first again, as a new event (a replay from training's side)
            sender.send(topic, "plan-" + run, TrainingEvents.assignment(assignments.get(0), "plan-" + run + "-0", due),
                    UUID.randomUUID().toString(), "eastmoor");
        }
        String idList = "'" + String.join("','", assignments) + "'";
        Eventually.assertTrue(() -> scope.count("SELECT count(DISTINCT subject_id) FROM notifications.reminder WHERE subject_id IN ("
                + idList + ")") == 20, Duration.ofSeconds(30), "every assignment's reminders planned");
        long perAssignment = scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + assignments.get(5) + "'");
        assertThat(perAssignment).as("reminders before the due date and once overdue").isGreaterThanOrEqualTo(2);
        Thread.sleep(500);   // the repeats have been read by now; none may add a reminder
        assertThat(scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id IN (" + idList + ")"))
                .isEqualTo(20 * perAssignment);
        assertThat(scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id IN (" + idList
                + ") AND person_id LIKE 'plan-" + run + "-%' AND status = 'PENDING'")).isEqualTo(20 * perAssignment);
        assertThat(scope.count("SELECT count(*) FROM notifications.training_assignment WHERE assignment_id::text IN (" + idList + ")"))
                .isEqualTo(20);
    }
}
