package uk.councilprotocol.notifications.training;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.Completion;
import uk.councilprotocol.contracts.training.v1.CompletionCorrected;
import uk.councilprotocol.contracts.training.v1.CompletionWithdrawn;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR corrects one completion and withdraws another: the person is emailed about each, with what changed and the
 * reason, once however often the events are delivered.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionChangeNoticesTest {
    static final String TOPIC = "training.events.v1";

    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());

    @BeforeAll
    void at() {
        clock.setInstant(Instant.parse("2026-12-02T10:00:00Z"));
    }

    @AfterAll
    void reset() {
        clock.reset();
    }

    static Completion completion(String id, String person, String on) {
        return Completion.newBuilder().setId(id).setPersonId(person).setCourseCode("NOLAN_PRINCIPLES").setCompletedOn(on)
                .setProvider("Independent facilitator").setEvidenceReference("NOLAN-1").build();
    }

    @Test
    void thePersonIsToldOfACorrectionAndAWithdrawalOnceEach() throws Exception {
        String person = "cc-" + UUID.randomUUID().toString().substring(0, 8);
        String email = person + "@example.gov.uk";
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Nadia Price", email, null));
        // the course's title comes from her assignment of it, open again (due 31 March) once the withdrawal reopened it
        scope.publish(TOPIC, person, TrainingEvents.assignment(UUID.randomUUID().toString(), person, LocalDate.parse("2027-03-31")));

        String corrected = UUID.randomUUID().toString();
        CompletionCorrected correction = CompletionCorrected.newBuilder()
                .setBefore(completion(corrected, person, "2026-11-03")).setAfter(completion(corrected, person, "2026-10-30"))
                .setReason("the certificate shows 30 October").setCorrectedBy("hr-amy").build();
        scope.publish(TOPIC, person, correction);
        scope.publish(TOPIC, person, correction);   // a redelivery
        MimeMessage first = scope.mail().awaitMailbox(email, 1, Duration.ofSeconds(30)).get(0);
        assertThat(first.getSubject()).isEqualTo("Training record corrected: Nolan Principles of Public Life");
        assertThat(MailServer.plainText(first)).contains("it now says you completed it on Friday 30 October 2026 (it said Tuesday 3 November 2026)",
                "The reason given: the certificate shows 30 October");

        CompletionWithdrawn withdrawal = CompletionWithdrawn.newBuilder().setCompletion(completion(UUID.randomUUID().toString(), person, "2026-11-20"))
                .setReason("recorded against the wrong person").setWithdrawnBy("hr-amy").build();
        scope.publish(TOPIC, person, withdrawal);
        scope.publish(TOPIC, person, withdrawal);
        MimeMessage second = scope.mail().awaitMailbox(email, 2, Duration.ofSeconds(30)).get(1);
        assertThat(second.getSubject()).isEqualTo("Training record withdrawn: Nolan Principles of Public Life");
        assertThat(MailServer.plainText(second)).contains("completing \"Nolan Principles of Public Life\" on Friday 20 November 2026",
                "The reason given: recorded against the wrong person", "due again by Wednesday 31 March 2027");

        Thread.sleep(2_000);
        assertThat(scope.mail().mailbox(email)).as("each change told once, however often its event came")
                .extracting(MimeMessage::getSubject).filteredOn(s -> s.startsWith("Training record")).hasSize(2);
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.completion_change WHERE person_id = '" + person + "'") == 2,
                Duration.ofSeconds(5), "two changes kept");
    }
}
