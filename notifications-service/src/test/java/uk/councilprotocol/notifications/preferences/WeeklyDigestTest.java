package uk.councilprotocol.notifications.preferences;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.notifications.v1.GetMyPreferencesRequest;
import uk.councilprotocol.contracts.notifications.v1.PreferencesGrpc;
import uk.councilprotocol.contracts.notifications.v1.SetMyPreferencesRequest;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.contracts.plans.v1.ActionCreated;
import uk.councilprotocol.contracts.plans.v1.ActionSnapshot;
import uk.councilprotocol.contracts.plans.v1.ActionStatus;
import uk.councilprotocol.contracts.plans.v1.DueDate;
import uk.councilprotocol.contracts.plans.v1.Owner;
import uk.councilprotocol.testkit.HttpCalls;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import jakarta.mail.internet.MimeMultipart;

/**
 * A person who chose the weekly digest: what is coming up waits for Monday's summary email, what is overdue
 * goes at once; the choice is theirs to make, over gRPC, and a wrong value names the field.
 */
// Every step that depends on the date runs on a day the test names (at(...)), so the date guard need not run it again.
@MicronautTest(transactional = false)
class WeeklyDigestTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    AdjustableClock clock;
    @Inject
    GrpcEmbeddedServer grpcServer;
    @Inject
    EmbeddedServer server;

    final TestScope scope = TestScope.of(getClass());

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void at(LocalDate day) {
        clock.setInstant(day.atTime(LocalTime.of(8, 0, 30)).atZone(LONDON).toInstant());
    }

    @Test
    void upcomingRemindersWaitForMondaysSummaryAndOverdueGoesAtOnce() throws Exception {
        String person = "dig-" + UUID.randomUUID().toString().substring(0, 6);
        String email = person + "@example.gov.uk";
        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            PreferencesGrpc.PreferencesBlockingStub mine = GrpcCalls.withToken(PreferencesGrpc.newBlockingStub(channel),
                    scope.token(person, "councillor"));
            assertThat(mine.getMyPreferences(GetMyPreferencesRequest.getDefaultInstance()).getDelivery()).isEqualTo("IMMEDIATE");
            assertThatThrownBy(() -> mine.setMyPreferences(SetMyPreferencesRequest.newBuilder().setDelivery("carrier pigeon").build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(GrpcCalls.badRequestFields(e)).containsExactly("delivery"));
            assertThat(mine.setMyPreferences(SetMyPreferencesRequest.newBuilder().setDelivery("weekly_digest").build()).getDelivery())
                    .isEqualTo("WEEKLY_DIGEST");
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }

        LocalDate wednesday = LocalDate.of(2027, 3, 3);
        at(wednesday);
        LocalDate due = wednesday.plusDays(37);                      // the 30-day reminder falls on Wednesday 10 March
        scope.publish(TrainingEvents.TOPIC, person, TrainingEvents.person(person, "Cllr Dee Gest", email, null));
        scope.publish(TrainingEvents.TOPIC, person, TrainingEvents.assignment(UUID.randomUUID().toString(), person, due));
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE person_id = '" + person + "'") == 4,
                Duration.ofSeconds(30), "reminders planned");

        at(due.minusDays(30));
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE person_id = '" + person
                + "' AND status = 'DIGESTED'") == 1, Duration.ofSeconds(20), "the 30-day reminder held for the digest");
        Thread.sleep(1_000);
        assertThat(scope.mail().mailbox(email)).as("nothing until Monday").isEmpty();

        at(LocalDate.of(2027, 3, 15));                                // Monday
        MimeMessage digest = scope.mail().awaitMailbox(email, 1, Duration.ofSeconds(20)).get(0);
        assertThat(digest.getSubject()).isEqualTo("Your weekly summary: 1 reminder");
        String text = ((MimeMultipart) digest.getContent()).getBodyPart(0).getContent().toString();
        assertThat(text).contains("Dear Cllr Dee Gest").contains("Reminder: Nolan Principles of Public Life is due by");
        Thread.sleep(1_000);
        assertThat(scope.mail().mailbox(email)).as("one digest, once").hasSize(1);

        at(due.plusDays(1));
        Eventually.assertTrue(() -> scope.mail().mailbox(email).stream().anyMatch(m -> subject(m).startsWith("Overdue: Nolan Principles of Public Life")),
                Duration.ofSeconds(20), "overdue is never held");
    }

    /**
     * The two faults issue 15 found, shown first and then fixed: a summary carried a reminder of training finished
     * since it was held, and "due within the week" waited for Monday (which may be after the date it is about).
     */
    @Test
    void aSummaryNeverCarriesWhatWasDoneMeanwhileAndNothingDueWithinTheWeekWaitsForIt() throws Exception {
        String person = "dig-" + UUID.randomUUID().toString().substring(0, 6);
        String email = person + "@example.gov.uk";
        chooseTheWeeklySummary(person);
        LocalDate wednesday = LocalDate.of(2027, 3, 3);
        at(wednesday);
        scope.publish(TrainingEvents.TOPIC, person, TrainingEvents.person(person, "Cllr Dee Gest", email, null));
        String later = UUID.randomUUID().toString();
        LocalDate laterDue = wednesday.plusDays(37);
        scope.publish(TrainingEvents.TOPIC, person, TrainingEvents.assignment(later, person, laterDue));
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + later + "'") == 4,
                Duration.ofSeconds(30), "reminders planned");
        at(laterDue.minusDays(30));
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + later
                + "' AND status = 'DIGESTED'") == 1, Duration.ofSeconds(20), "the 30-day reminder held for the summary");

        // done before Monday: what was held for the summary is withdrawn with the rest
        scope.publish(TrainingEvents.TOPIC, person, TrainingEvents.completion(later, person, laterDue.minusDays(30)));
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + later
                + "' AND status IN ('PENDING', 'DIGESTED')") == 0, Duration.ofSeconds(20), "every reminder of it cancelled");

        // assigned on Wednesday 10 March, due a week later: its 7-day reminder is due now and goes now, not on Monday
        String soon = UUID.randomUUID().toString();
        scope.publish(TrainingEvents.TOPIC, person, TrainingEvents.assignment(soon, person, laterDue.minusDays(30).plusDays(7)));
        MimeMessage now = scope.mail().awaitMailbox(email, 1, Duration.ofSeconds(20)).get(0);
        assertThat(now.getSubject()).startsWith("Reminder: Nolan Principles of Public Life");

        at(LocalDate.of(2027, 3, 15));                                // Monday
        Thread.sleep(2_000);
        assertThat(scope.mail().mailbox(email)).as("no summary: the one thing held was done").hasSize(1);
    }

    /**
     * A councillor wants training in Monday's summary but each action-plan reminder at once: over HTTP she chooses
     * for training alone, and on the day both 30-day reminders fall due, the action's arrives while training's waits.
     */
    @Test
    void eachTopicKeepsItsOwnChoice() throws Exception {
        String person = "top-" + UUID.randomUUID().toString().substring(0, 6);
        String email = person + "@example.gov.uk";
        HttpCalls mine = new HttpCalls(server.getURL().toString()).as(scope.token(person, "councillor"));
        JsonNode before = mine.get("/me/preferences").json();
        assertThat(List.of(before.get("delivery").asText(), before.get("training").asText(), before.get("actions").asText()))
                .containsOnly("IMMEDIATE");
        HttpCalls.Reply wrong = mine.put("/me/preferences", "application/json", "{\"training\":\"sometimes\",\"actions\":\"never\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.violationFields()).containsExactlyInAnyOrder("training", "actions");
        assertThat(mine.put("/me/preferences", "application/json", "{}").violationFields()).containsExactly("delivery");
        JsonNode chosen = mine.put("/me/preferences", "application/json", "{\"training\":\"weekly_digest\"}").json();
        assertThat(chosen.get("training").asText()).isEqualTo("WEEKLY_DIGEST");
        assertThat(chosen.get("actions").asText()).as("unchanged").isEqualTo("IMMEDIATE");

        LocalDate wednesday = LocalDate.of(2027, 3, 3);
        at(wednesday);
        LocalDate due = wednesday.plusDays(37);
        scope.publish(TrainingEvents.TOPIC, person, TrainingEvents.person(person, "Cllr Tia Topic", email, null));
        scope.publish(TrainingEvents.TOPIC, person, TrainingEvents.assignment(UUID.randomUUID().toString(), person, due));
        String action = UUID.randomUUID().toString();
        scope.publish("plans.events.v1", action, ActionCreated.newBuilder().setAction(ActionSnapshot.newBuilder()
                .setActionId(action).setPlanId(UUID.randomUUID().toString()).setPlanTitle("Protocol action plan")
                .setReference("7").setText("Brief every group on the protocol").addAnsweredByPersonIds(person)
                .setOwner(Owner.newBuilder().setText("Group leaders")).setTheme("Relationships")
                .setDue(DueDate.newBuilder().setText("By April").setPrecision("DAY").setDeadline(due.toString()))
                .setStatus(ActionStatus.NOT_STARTED)).build());
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE person_id = '" + person + "'") >= 6,
                Duration.ofSeconds(30), "training's and the action's reminders planned");

        at(due.minusDays(30));
        MimeMessage actionReminder = scope.mail().awaitMailbox(email, 1, Duration.ofSeconds(20)).get(0);
        assertThat(actionReminder.getSubject()).startsWith("Action due by");
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE person_id = '" + person
                + "' AND subject_type = 'training-assignment' AND status = 'DIGESTED'") == 1, Duration.ofSeconds(20),
                "training's 30-day reminder held for Monday");
        Thread.sleep(1_000);
        assertThat(scope.mail().mailbox(email)).as("only the action's, midweek").hasSize(1);

        at(LocalDate.of(2027, 3, 15));                                // Monday
        assertThat(scope.mail().awaitMailbox(email, 2, Duration.ofSeconds(20)).get(1).getSubject())
                .isEqualTo("Your weekly summary: 1 reminder");
    }

    void chooseTheWeeklySummary(String person) throws InterruptedException {
        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            GrpcCalls.withToken(PreferencesGrpc.newBlockingStub(channel), scope.token(person, "councillor"))
                    .setMyPreferences(SetMyPreferencesRequest.newBuilder().setDelivery("weekly_digest").build());
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
