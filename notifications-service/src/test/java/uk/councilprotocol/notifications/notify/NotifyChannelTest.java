package uk.councilprotocol.notifications.notify;

import com.fasterxml.jackson.databind.JsonNode;
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
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.FakeNotify;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GOV.UK Notify as the channel, against a local fake of its API: each notice goes as one email per recipient through
 * the council's template (subject and body as personalisation, the council and Message-ID as the reference), nothing
 * by SMTP; Notify's refusals and rate limit, and its delivery receipts (delivered, permanent, temporary and technical
 * failure), end as the SMTP channel's do; the receipts route takes only Notify's token.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotifyChannelTest implements TestPropertyProvider {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String TOPIC = TrainingEvents.TOPIC;
    static final LocalDateTime WEDNESDAY = LocalDateTime.of(2027, 3, 3, 10, 0);
    static final String CALLBACK_TOKEN = "notify-callback-" + UUID.randomUUID();
    /** Sends a minute from the service: two a second, so pacing shows in a few emails. */
    static final int PER_MINUTE = 120;

    final FakeNotify notify = FakeNotify.start();

    @Inject
    EmbeddedServer server;
    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());
    final String id = UUID.randomUUID().toString().substring(0, 6);

    @Override
    public Map<String, String> getProperties() {
        return Map.of("notifications.channel", "notify",
                "notifications.notify.api-key", FakeNotify.API_KEY,
                "notifications.notify.template-id", FakeNotify.TEMPLATE_ID,
                "notifications.notify.base-url", notify.baseUrl(),
                "notifications.notify.callback-token", CALLBACK_TOKEN,
                "notifications.notify.per-minute", String.valueOf(PER_MINUTE));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    void stopNotify() {
        notify.close();
    }

    HttpCalls as(String subject, String role) {
        return new HttpCalls(server.getURL().toString()).as(scope.token(subject, role));
    }

    HttpCalls.Reply receipt(String token, String reference, String to, String status) {
        HttpCalls notifyCalls = new HttpCalls(server.getURL().toString());
        return (token == null ? notifyCalls : notifyCalls.as(token)).postJson("/notify/delivery-receipts", Map.of(
                "id", UUID.randomUUID().toString(), "reference", reference, "to", to, "status", status,
                "created_at", "2027-03-03T10:00:01.000000Z", "notification_type", "email",
                "template_id", FakeNotify.TEMPLATE_ID, "template_version", 1));
    }

    /** A person and an assignment due in three days (its "7 days before" goes at once), or overdue, with a manager. */
    String assigned(String person, String lineManager, int dueInDays) {
        String assignment = UUID.randomUUID().toString();
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Pat " + person, email(person), lineManager));
        scope.publish(TOPIC, person, TrainingEvents.assignment(assignment, person, WEDNESDAY.toLocalDate().plusDays(dueInDays)));
        return assignment;
    }

    static String email(String person) {
        return person + "@example.gov.uk";
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

    long logged(String email, String status) {
        return scope.count("SELECT count(*) FROM notifications.sent_mail WHERE recipient = '" + email + "' AND status = '" + status + "'");
    }

    @Test
    void eachNoticeGoesThroughTheTemplateOneEmailARecipientAndReceiptsAreLoggedOnce() {
        clock.setInstant(WEDNESDAY.atZone(LONDON).toInstant());
        String manager = "mgr-" + id;
        scope.publish(TOPIC, manager, TrainingEvents.person(manager, "Mo " + manager, email(manager), null));
        String person = "late-" + id;
        String assignment = assigned(person, manager, -2);

        JsonNode sent = awaitStatus(assignment, "OVERDUE", "SENT");
        FakeNotify.Email own = notify.awaitTaken(email(person), 1, Duration.ofSeconds(10)).get(0);
        assertThat(own.templateId()).isEqualTo(FakeNotify.TEMPLATE_ID);
        assertThat(own.subject()).contains("Nolan Principles of Public Life");
        assertThat(own.body()).contains("Pat " + person).contains("overdue");
        assertThat(own.reference()).endsWith(" <reminder-" + sent.get("id").asText() + "@council-protocol>");
        FakeNotify.Email copy = notify.awaitTaken(email(manager), 1, Duration.ofSeconds(10)).get(0);
        assertThat(copy.reference()).as("the manager's copy is its own email, the same notice").isEqualTo(own.reference());
        assertThat(copy.at()).as("after the person's own").isAfterOrEqualTo(own.at());
        assertThat(scope.mail().mailbox(email(person))).as("nothing by SMTP").isEmpty();

        assertThat(receipt(CALLBACK_TOKEN, own.reference(), email(person), "delivered").status()).isEqualTo(204);
        assertThat(receipt(CALLBACK_TOKEN, own.reference(), email(person), "delivered").status()).as("told twice").isEqualTo(204);
        assertThat(logged(email(person), "DELIVERED")).as("logged once").isEqualTo(1);
        assertThat(logged(email(person), "SENT")).isEqualTo(1);

        assertThat(receipt("not-notify", own.reference(), email(person), "permanent-failure").status()).isEqualTo(401);
        assertThat(receipt(null, own.reference(), email(person), "permanent-failure").status()).isEqualTo(401);
        HttpCalls.Reply unknown = receipt(CALLBACK_TOKEN, own.reference(), email(person), "lost-in-the-post");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.violationFields()).containsExactly("status");
        assertThat(receipt(CALLBACK_TOKEN, "no-reference-of-ours", email(person), "delivered").violationFields()).containsExactly("reference");
        assertThat(listed(email(person))).as("none of those refused an address").isFalse();
        assertThat(awaitStatus(assignment, "OVERDUE", "SENT").get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void anAddressNotifyRefusesOrCannotDeliverToFailsItsReminderAndIsListed() {
        clock.setInstant(WEDNESDAY.atZone(LONDON).toInstant());
        String invalid = "invalid-" + id;
        notify.refuseAddress(email(invalid));
        String refused = assigned(invalid, null, 3);
        JsonNode failed = awaitStatus(refused, "DUE_IN_7_DAYS", "FAILED");
        assertThat(failed.get("lastError").asText()).contains("ValidationError").contains("email_address Not a valid email address");
        Eventually.assertTrue(() -> listed(email(invalid)), Duration.ofSeconds(10), "listed for HR");
        assertThat(notify.askedFor(email(invalid))).as("asked once, never again").isEqualTo(1);

        String bounced = "bounced-" + id;
        String assignment = assigned(bounced, null, 3);
        JsonNode sent = awaitStatus(assignment, "DUE_IN_7_DAYS", "SENT");
        String reference = notify.awaitTaken(email(bounced), 1, Duration.ofSeconds(10)).get(0).reference();
        assertThat(receipt(CALLBACK_TOKEN, reference, email(bounced), "permanent-failure").status()).isEqualTo(204);
        assertThat(awaitStatus(assignment, "DUE_IN_7_DAYS", "FAILED").get("lastError").asText()).contains("permanent failure");
        Eventually.assertTrue(() -> listed(email(bounced)), Duration.ofSeconds(10), "listed for HR");
        assertThat(sent.get("id").asText()).isNotBlank();

        String full = "full-" + id;
        String fullAssignment = assigned(full, null, 3);
        awaitStatus(fullAssignment, "DUE_IN_7_DAYS", "SENT");
        String fullReference = notify.awaitTaken(email(full), 1, Duration.ofSeconds(10)).get(0).reference();
        assertThat(receipt(CALLBACK_TOKEN, fullReference, email(full), "temporary-failure").status()).isEqualTo(204);
        assertThat(awaitStatus(fullAssignment, "DUE_IN_7_DAYS", "FAILED").get("lastError").asText()).contains("temporary failure");
        assertThat(listed(email(full))).as("the address exists").isFalse();
    }

    @Test
    void notifysOwnFailureAndRateLimitAreTriedAgainAndSendsArePaced() {
        clock.setInstant(WEDNESDAY.atZone(LONDON).toInstant());
        String unlucky = "unlucky-" + id;
        String assignment = assigned(unlucky, null, 3);
        awaitStatus(assignment, "DUE_IN_7_DAYS", "SENT");
        String reference = notify.awaitTaken(email(unlucky), 1, Duration.ofSeconds(10)).get(0).reference();
        assertThat(receipt(CALLBACK_TOKEN, reference, email(unlucky), "technical-failure").status()).isEqualTo(204);
        JsonNode again = awaitStatus(assignment, "DUE_IN_7_DAYS", "PENDING");
        assertThat(again.get("lastError").asText()).contains("technical failure");
        clock.setInstant(WEDNESDAY.plusHours(1).atZone(LONDON).toInstant());   // past its back-off
        awaitStatus(assignment, "DUE_IN_7_DAYS", "SENT");
        assertThat(notify.awaitTaken(email(unlucky), 2, Duration.ofSeconds(10))).as("sent again").hasSize(2);

        clock.setInstant(WEDNESDAY.atZone(LONDON).toInstant());
        String limited = "limited-" + id;
        notify.rateLimitOnce(email(limited));
        String limitedAssignment = assigned(limited, null, 3);
        JsonNode waiting = awaitReminder(limitedAssignment, "DUE_IN_7_DAYS", r -> r.get("attempts").asInt() >= 1, "tried once");
        assertThat(waiting.get("status").asText()).isEqualTo("PENDING");
        assertThat(waiting.get("lastError").asText()).contains("RateLimitError");
        assertThat(listed(email(limited))).isFalse();
        clock.setInstant(WEDNESDAY.plusHours(1).atZone(LONDON).toInstant());
        assertThat(awaitStatus(limitedAssignment, "DUE_IN_7_DAYS", "SENT").get("attempts").asInt()).isEqualTo(2);

        // five at once, two a second: the fifth waits for the third second at least
        List<String> people = List.of("a", "b", "c", "d", "e").stream().map(p -> "paced-" + p + "-" + id).toList();
        people.forEach(p -> assigned(p, null, 3));
        List<FakeNotify.Email> paced = people.stream().map(p -> notify.awaitTaken(email(p), 1, Duration.ofSeconds(20)).get(0))
                .sorted(java.util.Comparator.comparing(FakeNotify.Email::at)).toList();
        assertThat(Duration.between(paced.get(0).at(), paced.get(4).at())).as("paced to " + PER_MINUTE + " a minute")
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }
}
