package uk.councilprotocol.notifications.follows;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.notifications.v1.FollowRequest;
import uk.councilprotocol.contracts.notifications.v1.FollowsGrpc;
import uk.councilprotocol.contracts.plans.v1.ActionCreated;
import uk.councilprotocol.contracts.plans.v1.ActionDueDateChanged;
import uk.councilprotocol.contracts.plans.v1.ActionSnapshot;
import uk.councilprotocol.contracts.plans.v1.ActionStatus;
import uk.councilprotocol.contracts.plans.v1.ActionStatusChanged;
import uk.councilprotocol.contracts.plans.v1.DueDate;
import uk.councilprotocol.contracts.plans.v1.Owner;
import uk.councilprotocol.contracts.plans.v1.ProgressCorrected;
import uk.councilprotocol.contracts.plans.v1.ProgressRecorded;
import uk.councilprotocol.contracts.plans.v1.ProgressRevision;
import uk.councilprotocol.contracts.plans.v1.ProgressUpdate;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A councillor follows one action, then its whole plan: each progress update, its correction, status change and moved deadline
 * reaches them at the SMTP server, but not the author's own; after unfollowing, nothing does.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowsTest {
    static final String TOPIC = "plans.events.v1";

    @Inject
    EmbeddedServer server;
    @Inject
    GrpcEmbeddedServer grpcServer;
    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());
    ManagedChannel channel;
    final String tag = UUID.randomUUID().toString().substring(0, 6);
    final String plan = UUID.randomUUID().toString();
    final String first = UUID.randomUUID().toString();
    final String second = UUID.randomUUID().toString();

    @BeforeAll
    void actions() {
        channel = GrpcCalls.channel(grpcServer.getPort());
        clock.setInstant(Instant.parse("2026-12-02T10:00:00Z"));
        for (String person : new String[]{"fan-" + tag, "lead-" + tag}) {
            scope.publish("training.events.v1", person, TrainingEvents.person(person, person.startsWith("fan") ? "Cllr Fay Follower" : "Lee Lead",
                    person + "@example.gov.uk", null));
        }
        scope.publish(TOPIC, first, ActionCreated.newBuilder().setAction(action(first, "4", "Publish the revised protocol on the intranet", ActionStatus.NOT_STARTED, "By March 2027")).build());
        scope.publish(TOPIC, second, ActionCreated.newBuilder().setAction(action(second, "5", "Train every new member on the protocol", ActionStatus.NOT_STARTED, "By May 2027")).build());
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.plan_action WHERE plan_id = '" + plan + "'") == 2,
                Duration.ofSeconds(20), "both actions copied");
    }

    @AfterAll
    void close() {
        channel.shutdownNow();
        clock.reset();
    }

    ActionSnapshot action(String id, String reference, String text, ActionStatus status, String due) {
        return ActionSnapshot.newBuilder().setActionId(id).setPlanId(plan).setPlanTitle("Protocol action plan").setReference(reference)
                .setText(text).setOwner(Owner.newBuilder().setText("Lee Lead").setPersonId("lead-" + tag)).addAnsweredByPersonIds("lead-" + tag)
                .setTheme("Governance").setDue(DueDate.newBuilder().setText(due).setPrecision("MONTH")).setStatus(status).build();
    }

    HttpCalls as(String person) {
        return new HttpCalls(server.getURL().toString()).as(scope.token(person, "councillor"));
    }

    String fan() {
        return "fan-" + tag + "@example.gov.uk";
    }

    @Test
    void aFollowerHearsOfEachChangeButNotOfTheirOwnAndNothingOnceUnfollowed() throws Exception {
        HttpCalls fay = as("fan-" + tag);
        HttpCalls.Reply followed = fay.put("/me/follows/action/" + first, "application/json", "");
        assertThat(followed.status()).as(followed.body()).isEqualTo(200);
        assertThat(fay.get("/me/follows").json().get(0).get("title").asText()).isEqualTo("4. Publish the revised protocol on the intranet");
        as("lead-" + tag).put("/me/follows/action/" + first, "application/json", "");

        scope.publish(TOPIC, first, ProgressRecorded.newBuilder().setAction(action(first, "4", "Publish the revised protocol on the intranet",
                ActionStatus.IN_PROGRESS, "By March 2027")).setUpdate(ProgressUpdate.newBuilder().setId(UUID.randomUUID().toString())
                .setRecordedOn("2026-12-02").setAuthor("Lee Lead").setNarrative("Draft with the Monitoring Officer for comment.")
                .setStatusFrom(ActionStatus.NOT_STARTED).setStatusTo(ActionStatus.IN_PROGRESS)).build());
        MimeMessage progress = scope.mail().awaitMailbox(fan(), 1, Duration.ofSeconds(20)).get(0);
        assertThat(progress.getSubject()).isEqualTo("Progress on an action you follow: 4. Publish the revised protocol on the intranet");
        assertThat(MailServer.plainText(progress)).contains("Lee Lead recorded progress on 2026-12-02", "Draft with the Monitoring Officer for comment.",
                "Its status moved from not started to in progress.", "Protocol action plan");

        // the whole plan, over gRPC as the console does: the other action's changes reach her too
        var grpc = GrpcCalls.withToken(FollowsGrpc.newBlockingStub(channel), scope.token("fan-" + tag, "councillor"))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
        assertThat(grpc.follow(FollowRequest.newBuilder().setKind("plan").setId(plan).build()).getFollowingList())
                .extracting(f -> f.getKind() + " " + f.getTitle()).contains("plan Protocol action plan");
        scope.publish(TOPIC, second, ActionStatusChanged.newBuilder().setAction(action(second, "5", "Train every new member on the protocol",
                ActionStatus.BLOCKED, "By May 2027")).setPrevious(ActionStatus.NOT_STARTED).build());
        MimeMessage status = scope.mail().awaitMailbox(fan(), 2, Duration.ofSeconds(20)).get(1);
        assertThat(status.getSubject()).isEqualTo("Status changed on an action you follow: 5. Train every new member on the protocol");
        assertThat(MailServer.plainText(status)).contains("Its status changed from not started to blocked.");

        // a correction of the update's wording reaches her too, saying what it said and why; not its corrector
        scope.publish(TOPIC, first, ProgressCorrected.newBuilder().setAction(action(first, "4", "Publish the revised protocol on the intranet",
                ActionStatus.IN_PROGRESS, "By March 2027")).setUpdate(ProgressUpdate.newBuilder().setId(UUID.randomUUID().toString())
                .setRecordedOn("2026-12-02").setAuthor("Lee Lead").setNarrative("Draft with the Monitoring Officer and Group Leaders for comment.")
                .addRevisions(ProgressRevision.newBuilder().setNarrative("Draft with the Monitoring Officer for comment.")
                        .setReason("The Group Leaders have it too").setCorrectedBy("Lee Lead").setCorrectedAt("2026-12-02T11:00:00Z")))
                .setReason("The Group Leaders have it too").build());
        MimeMessage corrected = scope.mail().awaitMailbox(fan(), 3, Duration.ofSeconds(20)).get(2);
        assertThat(corrected.getSubject()).isEqualTo("Progress corrected on an action you follow: 4. Publish the revised protocol on the intranet");
        assertThat(MailServer.plainText(corrected)).contains("Lee Lead corrected the progress update of 2026-12-02",
                "It now says: Draft with the Monitoring Officer and Group Leaders for comment.",
                "It had said: Draft with the Monitoring Officer for comment.", "The reason given: The Group Leaders have it too");

        fay.send("DELETE", "/me/follows/action/" + first);
        grpc.unfollow(FollowRequest.newBuilder().setKind("plan").setId(plan).build());
        assertThat(fay.get("/me/follows").json().size()).isZero();
        scope.publish(TOPIC, first, ActionDueDateChanged.newBuilder().setAction(action(first, "4", "Publish the revised protocol on the intranet",
                ActionStatus.IN_PROGRESS, "By June 2027")).setPrevious(DueDate.newBuilder().setText("By March 2027")).build());
        MimeMessage moved = scope.mail().awaitMailbox("lead-" + tag + "@example.gov.uk", 1, Duration.ofSeconds(20)).stream()
                .filter(m -> subject(m).startsWith("Deadline moved")).findFirst().orElseThrow();
        assertThat(MailServer.plainText(moved)).contains("Its deadline moved from \"By March 2027\" to \"By June 2027\".");
        assertThat(scope.mail().mailbox("lead-" + tag + "@example.gov.uk")).extracting(FollowsTest::subject)
                .as("not told of her own progress update, nor her correction").noneMatch(s -> s.startsWith("Progress"));
        Thread.sleep(1500);
        assertThat(scope.mail().mailbox(fan())).as("nothing once unfollowed").hasSize(3);
    }

    @Test
    void aWrongKindIsNamedAndAnUnknownActionIsNotFound() {
        HttpCalls fay = as("fan-" + tag);
        HttpCalls.Reply wrong = fay.put("/me/follows/meeting/" + first, "application/json", "");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.violationFields()).containsExactly("kind");
        assertThat(fay.put("/me/follows/action/not-an-id", "application/json", "").violationFields()).containsExactly("id");
        assertThat(fay.put("/me/follows/action/" + UUID.randomUUID(), "application/json", "").status()).isEqualTo(404);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
