package uk.councilprotocol.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.TestScope;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.councilprotocol.notifications.TrainingEvents.TOPIC;

/** SMTP is down when a reminder falls due: the send is retried with back-off and goes out once SMTP is back. */
@MicronautTest(transactional = false)
@Property(name = "smtp.port", value = SmtpOutageTest.PORT)
@Property(name = "resilience.smtp.max-attempts", value = "2")
@Property(name = "resilience.smtp.initial-backoff", value = "100ms")
@Property(name = "resilience.smtp.timeout", value = "2s")
@Property(name = "resilience.smtp.wait-in-open-state", value = "1s")
class SmtpOutageTest {
    static final String PORT = "39125";

    @Inject
    EmbeddedServer server;
    /** The service's business clock: "today" in these tests is its today, never the machine's. */
    @Inject
    Clock clock;

    final TestScope scope = TestScope.of(getClass());

    @Test
    void aFailedSendStaysPendingAndIsDeliveredWhenSmtpReturns() {
        HttpCalls http = new HttpCalls(server.getURL().toString()).as(scope.token("hr-amy", "hr"));
        String person = "outage-" + UUID.randomUUID();
        String email = person + "@example.gov.uk";
        String assignment = UUID.randomUUID().toString();
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Olly Outage", email, null));
        scope.publish(TOPIC, person, TrainingEvents.assignment(assignment, person, LocalDate.now(clock).plusDays(5)));

        JsonNode failed = Eventually.get(() -> {
            JsonNode mail = http.get("/mail/sent?limit=20").json();
            return mail.size() > 0 && mail.get(0).get("status").asText().equals("FAILED") ? mail : null;
        }, Duration.ofSeconds(20), () -> "a failed delivery in the sent-mail log");
        assertThat(failed.get(0).get("recipient").asText()).isEqualTo(email);
        assertThat(failed.get(0).get("error").asText()).isNotBlank();
        JsonNode pending = http.get("/reminders?subjectId=" + assignment).json();
        assertThat(pending.findValuesAsText("status")).contains("PENDING").doesNotContain("SENT");

        try (MailServer smtp = MailServer.start(Integer.parseInt(PORT))) {
            smtp.awaitMailbox(email, 1, Duration.ofSeconds(30));
            Eventually.assertTrue(() -> http.get("/reminders?subjectId=" + assignment).json()
                    .findValuesAsText("status").contains("SENT"), Duration.ofSeconds(10), "reminder marked sent");
            assertThat(smtp.mailbox(email)).hasSize(1);
        }
    }
}
