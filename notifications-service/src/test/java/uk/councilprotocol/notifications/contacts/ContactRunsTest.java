package uk.councilprotocol.notifications.contacts;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.TestScope;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roster's events are written a run at a time (one statement for an import's thousands): a person registered and
 * changed twice in quick succession ends with their last details, and everyone in the run is kept.
 */
@MicronautTest(transactional = false)
class ContactRunsTest {
    final TestScope scope = TestScope.of(getClass());

    @Inject
    ContactBook contacts;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aRunNamingOnePersonTwiceWritesTheirLastDetailsOnce() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Person first = TrainingEvents.person("cara-" + id, "Cara Reid", "cara-" + id + "@example.gov.uk", null).getPerson();
        Person dev = TrainingEvents.person("dev-" + id, "Dev Patel", "dev-" + id + "@example.gov.uk", null).getPerson();
        transactions.executeWrite(status -> {
            contacts.rememberAll(List.of(first, dev, first.toBuilder().setFullName("Cara Reid-Walsh").build()));
            return null;
        });
        assertThat(scope.text("SELECT string_agg(full_name, ', ' ORDER BY full_name) FROM notifications.contact "
                + "WHERE person_id IN ('cara-" + id + "', 'dev-" + id + "')")).isEqualTo("Cara Reid-Walsh, Dev Patel");
    }

    @Test
    void aPersonChangedTwiceInARowKeepsTheLastDetailsAndTheOthersInTheRunAreKept() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String ama = "ama-" + id;
        String ben = "ben-" + id;
        Person registered = TrainingEvents.person(ama, "Ama Mensah", ama + "@example.gov.uk", null).getPerson();
        scope.publish("training.events.v1", ama, TrainingEvents.person(ama, "Ama Mensah", ama + "@example.gov.uk", null));
        scope.publish("training.events.v1", ben, TrainingEvents.person(ben, "Ben Okafor", ben + "@example.gov.uk", null));
        scope.publish("training.events.v1", ama, PersonChanged.newBuilder()
                .setPerson(registered.toBuilder().setEmail(ama + "@old.example.gov.uk")).build());
        scope.publish("training.events.v1", ama, PersonChanged.newBuilder()
                .setPerson(registered.toBuilder().setFullName("Ama Mensah-Boateng").setJobTitle("Head of Housing")).build());

        Eventually.assertTrue(() -> "Ama Mensah-Boateng".equals(scope.text(
                "SELECT full_name FROM notifications.contact WHERE person_id = '" + ama + "'")), Duration.ofSeconds(15),
                "the last change kept");
        assertThat(scope.text("SELECT email || ' ' || job_title FROM notifications.contact WHERE person_id = '" + ama + "'"))
                .isEqualTo(ama + "@example.gov.uk Head of Housing");
        assertThat(scope.text("SELECT full_name FROM notifications.contact WHERE person_id = '" + ben + "'")).isEqualTo("Ben Okafor");
    }
}
