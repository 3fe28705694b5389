package uk.councilprotocol.enquiries.councillors;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.CompletionRecorded;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.testkit.EventSender;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.TestScope;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roster import's events arrive back to back and are written a run at a time (one statement each for officers and
 * councillors): an officer named twice in a run, or changed twice in a row, ends as the last change left them, and the
 * councillors in the same stream are kept beside them.
 */
@MicronautTest(transactional = false)
class RosterRunsTest {
    final TestScope scope = TestScope.of(getClass());

    @Inject
    RosterCopy roster;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aRunNamingAnOfficerTwiceWritesTheirLastDetailsOnce() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Person officer = officer(id);
        transactions.executeWrite(status -> {
            roster.rememberAll(List.of(officer, officer.toBuilder().setDepartment("Planning").build()));
            return null;
        });
        assertThat(scope.text("SELECT department FROM enquiries.officer WHERE person_id = 'OFF-" + id + "'")).isEqualTo("Planning");
    }

    @Test
    void anOfficerChangedTwiceInARowEndsAsTheLastChangeLeftThem() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Person officer = officer(id);
        Person councillor = Person.newBuilder().setId("CLLR-" + id).setFullName("Cllr Tom Reed").setEmail("tom-" + id + "@example.gov.uk")
                .setKind(PersonKind.COUNCILLOR).setPoliticalGroup("Independent").setStartDate("2022-05-09").setActive(true).build();
        try (EventSender sender = scope.sender("/training-service")) {
            String topic = scope.topic("training.events.v1");
            sender.send(topic, "runs-" + id, PersonRegistered.newBuilder().setPerson(officer).build());
            sender.send(topic, "runs-" + id, PersonRegistered.newBuilder().setPerson(councillor).build());
            sender.send(topic, "runs-" + id, PersonChanged.newBuilder().setPerson(officer.toBuilder().setDepartment("Planning")).build());
            sender.send(topic, "runs-" + id, PersonChanged.newBuilder().setPerson(officer.toBuilder().setDepartment("Planning")
                    .addRoles("chief-officer")).build());
        }
        Eventually.assertTrue(() -> "Planning true".equals(scope.text("SELECT department || ' ' || chief_officer FROM enquiries.officer "
                + "WHERE person_id = 'OFF-" + id + "'")), Duration.ofSeconds(30), "the officer as the last change left them");
        assertThat(scope.text("SELECT full_name || ' ' || political_group FROM enquiries.councillor WHERE person_id = 'CLLR-" + id + "'"))
                .isEqualTo("Cllr Tom Reed Independent");
    }

    /**
     * Training's other events (completions, by the thousand) have no route here: read past without a transaction or an
     * inbox row, and their position committed — once a second while they keep coming, and at once when they stop.
     */
    @Test
    void eventsWithNoRouteHereAreReadPastAndTheirPositionCommitted() {
        String topic = scope.topic("training.events.v1");
        String group = scope.topic("enquiries-service.roster");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, scope.bootstrapServers()))) {
            sendCompletions(topic, 5);
            Eventually.assertTrue(() -> committedToTheEnd(admin, topic, group), Duration.ofSeconds(30), "the first completions read past");
            sendCompletions(topic, 5);   // within the second after that commit: committed when the stream goes quiet
            Eventually.assertTrue(() -> committedToTheEnd(admin, topic, group), Duration.ofSeconds(10), "the second completions read past");
        }
        assertThat(scope.count("SELECT count(*) FROM enquiries.processed_event WHERE event_type LIKE '%CompletionRecorded'")).isZero();
    }

    private void sendCompletions(String topic, int count) {
        try (EventSender sender = scope.sender("/training-service")) {
            for (int i = 0; i < count; i++) {
                sender.send(topic, "done-" + UUID.randomUUID(), CompletionRecorded.newBuilder()
                        .setFulfilledAssignmentId(UUID.randomUUID().toString()).build());
            }
        }
    }

    /** Whether the group's committed position on every partition of the topic is its end. */
    private static boolean committedToTheEnd(Admin admin, String topic, String group) {
        try {
            return committedToTheEndNow(admin, topic, group);
        } catch (Exception notYet) {   // the topic or the group not there yet
            return false;
        }
    }

    private static boolean committedToTheEndNow(Admin admin, String topic, String group) throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                || committed.containsKey(end.getKey()) && committed.get(end.getKey()).offset() == end.getValue());
    }

    private static Person officer(String id) {
        return Person.newBuilder().setId("OFF-" + id).setFullName("Priya Shah").setEmail("priya-" + id + "@example.gov.uk")
                .setKind(PersonKind.OFFICER).setDepartment("Housing").setStartDate("2020-01-06").setActive(true).build();
    }
}
