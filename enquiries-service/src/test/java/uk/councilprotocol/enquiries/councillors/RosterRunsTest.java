package uk.councilprotocol.enquiries.councillors;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
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
import java.util.UUID;

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

    private static Person officer(String id) {
        return Person.newBuilder().setId("OFF-" + id).setFullName("Priya Shah").setEmail("priya-" + id + "@example.gov.uk")
                .setKind(PersonKind.OFFICER).setDepartment("Housing").setStartDate("2020-01-06").setActive(true).build();
    }
}
