package uk.councilprotocol.notifications.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.notifications.ReminderWatch;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.FakeNotify;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council with a GOV.UK Notify service of its own (Glenmoor) beside one on the deployment's SMTP (Eastmoor): each
 * council's email leaves by its own channel; Glenmoor's Notify failing holds up only Glenmoor's email; Glenmoor's
 * receipts token is taken for Glenmoor's emails and refused for Eastmoor's.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "platform.tenancy.default-council", value = "eastmoor")
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
@Property(name = "notifications.calendars.glenmoor.division", value = "scotland")
class NotifyPerCouncilTest implements TestPropertyProvider {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDateTime WEDNESDAY = LocalDateTime.of(2027, 3, 3, 10, 0);
    static final String GLENMOOR_TOKEN = "glenmoor-callback-" + UUID.randomUUID();

    final FakeNotify glenmoorsNotify = FakeNotify.start();

    @Inject
    EmbeddedServer server;
    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());
    final String id = UUID.randomUUID().toString().substring(0, 6);

    @Override
    public Map<String, String> getProperties() {
        return Map.of("notifications.notify-services.glenmoor.api-key", FakeNotify.API_KEY,
                "notifications.notify-services.glenmoor.template-id", FakeNotify.TEMPLATE_ID,
                "notifications.notify-services.glenmoor.base-url", glenmoorsNotify.baseUrl(),
                "notifications.notify-services.glenmoor.callback-token", GLENMOOR_TOKEN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        glenmoorsNotify.recover();
    }

    @AfterAll
    void stopNotify() {
        glenmoorsNotify.close();
    }

    static String email(String person) {
        return person + "@example.gov.uk";
    }

    /** A person of the council with training overdue: its reminder goes at once. */
    String overdue(String council, String person) {
        String assignment = UUID.randomUUID().toString();
        scope.publishFor(council, TrainingEvents.TOPIC, person, TrainingEvents.person(person, "Pat " + person, email(person), null));
        scope.publishFor(council, TrainingEvents.TOPIC, person, TrainingEvents.assignment(assignment, person, WEDNESDAY.toLocalDate().minusDays(2)));
        return assignment;
    }

    ReminderWatch watch(String council) {
        return new ReminderWatch(new HttpCalls(server.getURL().toString()).as(scope.tokenFor(council, "hr-" + council, "hr")));
    }

    HttpCalls.Reply receipt(String token, String reference, String to) {
        HttpCalls calls = new HttpCalls(server.getURL().toString());
        return (token == null ? calls : calls.as(token)).postJson("/notify/delivery-receipts", Map.of(
                "id", UUID.randomUUID().toString(), "reference", reference, "to", to, "status", "delivered",
                "created_at", "2027-03-03T10:00:01.000000Z", "notification_type", "email", "template_id", FakeNotify.TEMPLATE_ID));
    }

    @Test
    void eachCouncilsEmailLeavesByItsOwnChannelAndItsServiceReportsOnlyOnItsOwn() {
        clock.setInstant(WEDNESDAY.atZone(LONDON).toInstant());
        String glen = "glen-" + id;
        String east = "east-" + id;
        String glensAssignment = overdue("glenmoor", glen);
        String eastsAssignment = overdue("eastmoor", east);

        JsonNode glensReminder = watch("glenmoor").awaitStatus(glensAssignment, "OVERDUE", "SENT");
        FakeNotify.Email byNotify = glenmoorsNotify.awaitTaken(email(glen), 1, Duration.ofSeconds(10)).get(0);
        assertThat(byNotify.reference()).isEqualTo("glenmoor <reminder-" + glensReminder.get("id").asText() + "@council-protocol>");
        assertThat(byNotify.body()).contains("Pat " + glen);
        watch("eastmoor").awaitStatus(eastsAssignment, "OVERDUE", "SENT");
        assertThat(scope.mail().awaitMailbox(email(east), 1, Duration.ofSeconds(10))).as("Eastmoor's by SMTP").hasSize(1);
        assertThat(scope.mail().mailbox(email(glen))).as("none of Glenmoor's by SMTP").isEmpty();
        assertThat(glenmoorsNotify.askedFor(email(east))).as("none of Eastmoor's through Glenmoor's Notify").isZero();

        assertThat(receipt(GLENMOOR_TOKEN, byNotify.reference(), email(glen)).status()).isEqualTo(204);
        assertThat(scope.count("SELECT count(*) FROM notifications.sent_mail WHERE recipient = '" + email(glen)
                + "' AND status = 'DELIVERED'")).isEqualTo(1);
        String eastsReference = "eastmoor <reminder-" + watch("eastmoor").awaitStatus(eastsAssignment, "OVERDUE", "SENT").get("id").asText()
                + "@council-protocol>";
        HttpCalls.Reply aboutAnother = receipt(GLENMOOR_TOKEN, eastsReference, email(east));
        assertThat(aboutAnother.status()).as("Glenmoor's service on Eastmoor's email").isEqualTo(403);
        assertThat(aboutAnother.json().get("violations").get(0).get("field").asText()).isEqualTo("reference");
        assertThat(receipt(null, byNotify.reference(), email(glen)).status()).isEqualTo(401);
        assertThat(receipt("not-notify", byNotify.reference(), email(glen)).status()).isEqualTo(401);
        assertThat(scope.count("SELECT count(*) FROM notifications.sent_mail WHERE status = 'DELIVERED' AND recipient = '"
                + email(east) + "'")).as("nothing recorded for Eastmoor").isZero();
    }

    @Test
    void eachCouncilsAdminIsToldHowItsEmailLeaves() {
        for (var council : Map.of("glenmoor", "council-notify", "eastmoor", "smtp").entrySet()) {
            HttpCalls admin = new HttpCalls(server.getURL().toString()).as(scope.tokenFor(council.getKey(), "admin-" + id, "admin"));
            assertThat(admin.get("/council-settings/mail").json().get("mailChannel").asText()).as(council.getKey())
                    .isEqualTo(council.getValue());
        }
    }

    @Test
    void glenmoorsNotifyDownHoldsUpOnlyGlenmoorsEmail() {
        clock.setInstant(WEDNESDAY.atZone(LONDON).toInstant());
        glenmoorsNotify.failAll();
        String glen = "glen-down-" + id;
        String glensAssignment = overdue("glenmoor", glen);
        JsonNode waiting = watch("glenmoor").await(glensAssignment, "OVERDUE", r -> r.path("lastError").asText().contains("500"),
                "tried, Notify answering 500");
        assertThat(waiting.get("status").asText()).as("waiting for Notify").isEqualTo("PENDING");

        String east = "east-meanwhile-" + id;
        watch("eastmoor").awaitStatus(overdue("eastmoor", east), "OVERDUE", "SENT");
        assertThat(scope.mail().awaitMailbox(email(east), 1, Duration.ofSeconds(10))).hasSize(1);

        glenmoorsNotify.recover();
        clock.setInstant(WEDNESDAY.plusHours(1).atZone(LONDON).toInstant());   // past its back-off and the breaker's wait
        watch("glenmoor").awaitStatus(glensAssignment, "OVERDUE", "SENT");
        assertThat(glenmoorsNotify.awaitTaken(email(glen), 1, Duration.ofSeconds(20))).hasSize(1);
    }
}
