package uk.councilprotocol.notifications.mail;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.notifications.ReminderWatch;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the mail server refuses: an address refused for good fails its reminder once (never tried again), is listed
 * for HR and the Hub until the roster gives the person another, and does not stop anyone else's mail; a refused copy
 * to a manager does not stop the person's own notice; a mailbox full for now is tried again, for 72 hours at most.
 */
@MicronautTest(transactional = false)
class RefusedMailTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String TOPIC = TrainingEvents.TOPIC;
    /** A Wednesday: the clock stands still here, so the 72 hours can be passed at will. */
    static final LocalDateTime WEDNESDAY = LocalDateTime.of(2027, 3, 3, 10, 0);

    @Inject
    EmbeddedServer server;
    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());
    final String id = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    HttpCalls as(String subject, String role) {
        return new HttpCalls(server.getURL().toString()).as(scope.token(subject, role));
    }

    /** A person and an assignment due in three days: its "7 days before" has passed, so it goes at once. */
    String assignedNow(String person, String email, String lineManager) {
        String assignment = UUID.randomUUID().toString();
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Pat " + person, email, lineManager));
        scope.publish(TOPIC, person, TrainingEvents.assignment(assignment, person, WEDNESDAY.toLocalDate().plusDays(3)));
        return assignment;
    }

    ReminderWatch watch() {
        return new ReminderWatch(as("hr-" + id, "hr"));
    }

    JsonNode awaitReminder(String assignment, String kind, Predicate<JsonNode> state, String described) {
        return watch().await(assignment, kind, state, described);
    }

    JsonNode awaitStatus(String assignment, String kind, String status) {
        return watch().awaitStatus(assignment, kind, status);
    }

    boolean listed(String email) {
        return watch().listed(email);
    }

    @Test
    void anAddressRefusedForGoodFailsOnceIsListedUntilTheRosterChangesItAndOthersMailStillGoes() throws Exception {
        clock.setInstant(WEDNESDAY.atZone(LONDON).toInstant());
        String gone = "gone-" + id;
        String goneEmail = gone + "@example.gov.uk";
        scope.mail().refuse(goneEmail, "550 5.1.1 No such mailbox");
        String refused = assignedNow(gone, goneEmail, null);

        JsonNode failed = awaitStatus(refused, "DUE_IN_7_DAYS", "FAILED");
        assertThat(failed.get("lastError").asText()).contains(goneEmail).contains("550 5.1.1 No such mailbox");
        Eventually.assertTrue(() -> listed(goneEmail), Duration.ofSeconds(10), "listed for HR");
        JsonNode address = null;
        for (JsonNode listed : as("hub-" + id, "hub").get("/mail/undeliverable").json()) {
            address = listed.get("email").asText().equals(goneEmail) ? listed : address;
        }
        assertThat(address).as("the Hub sees it too").isNotNull();
        assertThat(address.get("personId").asText()).isEqualTo(gone);
        assertThat(address.get("fullName").asText()).isEqualTo("Pat " + gone);
        assertThat(address.get("reply").asText()).contains("550 5.1.1 No such mailbox");
        assertThat(as("off-" + id, "officer").get("/mail/undeliverable").status()).as("not for officers").isEqualTo(403);

        // the server is working: the next person's mail goes at once, and the refused one is never tried again
        String next = "next-" + id;
        assignedNow(next, next + "@example.gov.uk", null);
        assertThat(scope.mail().awaitMailbox(next + "@example.gov.uk", 1, Duration.ofSeconds(20))).hasSize(1);
        Thread.sleep(1_000);
        assertThat(scope.count("SELECT count(*) FROM notifications.sent_mail WHERE recipient = '" + goneEmail + "'"))
                .as("one attempt, logged FAILED").isEqualTo(1);
        assertThat(scope.count("SELECT count(*) FROM notifications.sent_mail WHERE recipient = '" + goneEmail
                + "' AND status = 'FAILED'")).isEqualTo(1);

        scope.publish(TOPIC, gone, TrainingEvents.person(gone, "Pat " + gone, "pat.new-" + id + "@example.gov.uk", null));
        Eventually.assertTrue(() -> !listed(goneEmail), Duration.ofSeconds(20), "no longer listed once the roster changed it");
    }

    @Test
    void aRefusedCopyToTheManagerDoesNotStopThePersonsOwnOverdueNotice() throws Exception {
        clock.setInstant(WEDNESDAY.atZone(LONDON).toInstant());
        String manager = "mgr-" + id;
        String managerEmail = manager + "@example.gov.uk";
        scope.mail().refuse(managerEmail, "550 5.1.1 No such mailbox");
        scope.publish(TOPIC, manager, TrainingEvents.person(manager, "Mo " + manager, managerEmail, null));
        String person = "late-" + id;
        String assignment = UUID.randomUUID().toString();
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Lee " + person, person + "@example.gov.uk", manager));
        scope.publish(TOPIC, person, TrainingEvents.assignment(assignment, person, WEDNESDAY.toLocalDate().minusDays(2)));

        JsonNode sent = awaitStatus(assignment, "OVERDUE", "SENT");
        assertThat(sent.get("attempts").asInt()).isEqualTo(1);
        assertThat(MailServer.addressedTo(scope.mail().awaitMailbox(person + "@example.gov.uk", 1, Duration.ofSeconds(10)).get(0),
                managerEmail)).as("written to the manager too").isTrue();
        assertThat(scope.mail().mailbox(managerEmail)).as("whose server refused it").isEmpty();
        Eventually.assertTrue(() -> listed(managerEmail), Duration.ofSeconds(10), "the manager's address listed");
        assertThat(listed(person + "@example.gov.uk")).isFalse();
    }

    @Test
    void aMailboxFullForNowIsTriedAgainAndGivenUpAfter72Hours() throws Exception {
        clock.setInstant(WEDNESDAY.atZone(LONDON).toInstant());
        String full = "full-" + id;
        String email = full + "@example.gov.uk";
        scope.mail().refuse(email, "452 4.2.2 Mailbox full");
        String assignment = assignedNow(full, email, null);

        JsonNode waiting = awaitReminder(assignment, "DUE_IN_7_DAYS", r -> r.get("attempts").asInt() >= 1, "tried once");
        assertThat(waiting.get("status").asText()).isEqualTo("PENDING");
        assertThat(waiting.get("lastError").asText()).contains("452");
        assertThat(listed(email)).as("not refused for good").isFalse();

        clock.setInstant(WEDNESDAY.plusHours(1).atZone(LONDON).toInstant());   // past its back-off: tried again
        JsonNode again = awaitReminder(assignment, "DUE_IN_7_DAYS", r -> r.get("attempts").asInt() >= 2, "tried again");
        assertThat(again.get("status").asText()).isEqualTo("PENDING");

        clock.setInstant(WEDNESDAY.plusHours(73).atZone(LONDON).toInstant());
        JsonNode givenUp = awaitStatus(assignment, "DUE_IN_7_DAYS", "FAILED");
        assertThat(givenUp.get("lastError").asText()).startsWith("not delivered within 72 hours").contains("452");
    }
}
