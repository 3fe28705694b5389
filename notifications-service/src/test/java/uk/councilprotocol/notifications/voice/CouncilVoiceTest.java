package uk.councilprotocol.notifications.voice;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.context.annotation.Property;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.contracts.notifications.v1.CouncilVoiceChanged;
import uk.councilprotocol.contracts.notifications.v1.CouncilVoiceGrpc;
import uk.councilprotocol.contracts.notifications.v1.GetCouncilNameRequest;
import uk.councilprotocol.contracts.notifications.v1.GetCouncilVoiceRequest;
import uk.councilprotocol.contracts.notifications.v1.SetCouncilVoiceRequest;
import uk.councilprotocol.contracts.notifications.v1.VoiceRules;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A council's admin sets how its emails speak while the platform runs: Glenmoor's emails come from "Glenmoor Members
 * Support", replies go to its Hub, its sign-off and name are in the footer, and its training reminders go 14 and 2
 * days before; Eastmoor's emails on the same deployment keep the deployment's sender, footer and days.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "platform.tenancy.default-council", value = "eastmoor")
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
class CouncilVoiceTest {
    static final Map<String, Object> GLENMOOR = Map.of(
            "councilName", "Glenmoor Council",
            "senderName", "Glenmoor Members Support",
            "replyTo", "members.support@glenmoor.example.gov.uk",
            "signOff", "Members Support Hub, Glenmoor Council",
            "trainingDaysBefore", List.of(2, 14));

    @Inject
    EmbeddedServer server;
    @Inject
    GrpcEmbeddedServer grpcServer;
    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());
    ManagedChannel channel;

    @BeforeAll
    void open() {
        channel = GrpcCalls.channel(grpcServer.getPort());
        clock.setInstant(Instant.parse("2026-12-02T10:00:00Z"));
    }

    @AfterAll
    void close() {
        channel.shutdownNow();
        clock.reset();
    }

    HttpCalls as(String council, String subject, String... roles) {
        return new HttpCalls(server.getURL().toString()).as(scope.tokenFor(council, subject, roles));
    }

    CouncilVoiceGrpc.CouncilVoiceBlockingStub grpcAs(String council, String subject, String... roles) {
        return GrpcCalls.withToken(CouncilVoiceGrpc.newBlockingStub(channel), scope.tokenFor(council, subject, roles))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    /** A councillor of the council, and an enquiry of theirs logged: its acknowledgement goes at once. */
    MimeMessage acknowledgement(String council) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = council + "-" + id;
        String reference = "MEM-26-" + id.substring(0, 4);
        scope.publishFor(council, "training.events.v1", councillor,
                TrainingEvents.person(councillor, "Cllr Ailsa Reid", councillor + "@example.gov.uk", null));
        LocalDate due = LocalDate.parse("2026-12-16");
        scope.publishFor(council, "enquiries.events.v1", reference, EnquiryLogged.newBuilder().setReference(reference)
                .setCouncillorId(councillor).setSubject("Gritting on Loch Road").setCategory("Roads")
                .setReceivedAt(Protos.timestamp(clock.instant())).setDueDate(due.toString())
                .setOfficerReminderDate(due.minusDays(2).toString()).build());
        return scope.mail().awaitMailbox(councillor + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
    }

    @Test
    void glenmoorsEmailsSpeakInItsVoiceAndEastmoorsDoNot() throws Exception {
        HttpCalls admin = as("glenmoor", "glen-admin", "admin");
        try (EventProbe events = scope.probe("notifications.events.v1")) {
            HttpCalls.Reply changed = admin.put("/council-settings/mail", "application/json", HttpCalls.toJson(GLENMOOR));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            JsonNode view = changed.json();
            assertThat(view.get("own").get("trainingDaysBefore").toString()).as("largest first").isEqualTo("[14,2]");
            assertThat(view.path("own").path("actionDaysBefore").isArray()).as("kept as the deployment's").isFalse();
            assertThat(view.get("inEffect").get("actionDaysBefore").toString()).isEqualTo("[30,7]");
            assertThat(view.get("updatedBy").asText()).isEqualTo("glen-admin");
            var event = events.await(CouncilVoiceChanged.getDescriptor().getFullName(), 1, Duration.ofSeconds(30)).get(0);
            assertThat(event.key()).isEqualTo("glenmoor");
            assertThat(CouncilVoiceChanged.parseFrom(event.value()).getTrainingDaysBefore()).isEqualTo("14,2");
        }
        assertThat(scope.count("SELECT count(*) FROM notifications.audit_log WHERE council = 'glenmoor' AND actor = 'glen-admin'"
                + " AND action = 'PUT /council-settings/mail' AND outcome = '200'")).isEqualTo(1);

        // its name, for the console's header: anyone of the council reads it; the operator, of no council, may not
        assertThat(as("glenmoor", "glen-hub", "hub").get("/council-settings/name").json().get("councilName").asText())
                .isEqualTo("Glenmoor Council");
        assertThat(grpcAs("glenmoor", "glen-cllr", "councillor").getCouncilName(GetCouncilNameRequest.getDefaultInstance())
                .getCouncilName()).isEqualTo("Glenmoor Council");
        assertThat(as("eastmoor", "east-cllr", "councillor").get("/council-settings/name").json().get("councilName").asText())
                .as("none set").isEmpty();
        assertThat(as("eastmoor", "op", "operator").get("/council-settings/name").status()).isEqualTo(403);

        MimeMessage glenmoor = acknowledgement("glenmoor");
        InternetAddress from = (InternetAddress) glenmoor.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Glenmoor Members Support");
        assertThat(from.getAddress()).as("the deployment's address").isEqualTo("reminders@council.example.gov.uk");
        assertThat(((InternetAddress) glenmoor.getReplyTo()[0]).getAddress()).isEqualTo("members.support@glenmoor.example.gov.uk");
        String text = MailServer.plainText(glenmoor);
        assertThat(text).contains("Members Support Hub, Glenmoor Council", "from Glenmoor Council's Councillor/Officer Relations",
                "Replies go to members.support@glenmoor.example.gov.uk.").doesNotContain("Please do not reply");

        MimeMessage eastmoor = acknowledgement("eastmoor");
        assertThat(((InternetAddress) eastmoor.getFrom()[0]).getPersonal()).isEqualTo("Council Protocol Reminders");
        assertThat(eastmoor.getHeader("Reply-To")).isNull();
        assertThat(MailServer.plainText(eastmoor)).contains("from the council's Councillor/Officer Relations", "Please do not reply to it.")
                .doesNotContain("Glenmoor");

        // Training reminders planned from now on take each council's days
        for (String council : List.of("glenmoor", "eastmoor")) {
            String person = council + "-trainee";
            scope.publishFor(council, "training.events.v1", person, TrainingEvents.assignment(UUID.randomUUID().toString(), person,
                    LocalDate.parse("2027-03-31")));
        }
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE person_id IN "
                + "('glenmoor-trainee', 'eastmoor-trainee')") == 7, Duration.ofSeconds(20), "both planned");
        assertThat(scope.text("SELECT string_agg(kind, ' ' ORDER BY send_at) FROM notifications.reminder WHERE person_id = 'glenmoor-trainee'"))
                .isEqualTo("DUE_IN_14_DAYS DUE_IN_2_DAYS OVERDUE");
        assertThat(scope.text("SELECT string_agg(kind, ' ' ORDER BY send_at) FROM notifications.reminder WHERE person_id = 'eastmoor-trainee'"))
                .isEqualTo("DUE_IN_30_DAYS DUE_IN_7_DAYS DUE_IN_1_DAY OVERDUE");
    }

    @Test
    void badChoicesAreNamedAndNothingIsStored() throws Exception {
        HttpCalls.Reply refused = as("eastmoor", "east-admin", "admin").put("/council-settings/mail", "application/json",
                HttpCalls.toJson(Map.of("replyTo", "not an address", "trainingDaysBefore", List.of(30, 0),
                        "signOff", "two\nlines", "senderName", "x".repeat(201))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("replyTo", "trainingDaysBefore", "signOff", "senderName");
        assertThat(scope.countAsService("eastmoor", "SELECT count(*) FROM notifications.council_voice")).isZero();

        assertThatThrownBy(() -> grpcAs("eastmoor", "east-admin", "admin").setCouncilVoice(SetCouncilVoiceRequest.newBuilder()
                .setRules(VoiceRules.newBuilder().addActionDaysBefore(400)).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("actionDaysBefore");
                });
        assertThat(scope.countAsService("eastmoor", "SELECT count(*) FROM notifications.council_voice")).isZero();
    }

    @Test
    void onlyTheCouncilsAdminReadsOrChangesIt() throws Exception {
        for (String role : List.of("hub", "hr", "officer", "councillor", "standards", "operator")) {
            assertThat(as("eastmoor", "someone", role).get("/council-settings/mail").status()).as(role).isEqualTo(403);
            assertThat(as("eastmoor", "someone", role).put("/council-settings/mail", "application/json", "{}").status())
                    .as(role).isEqualTo(403);
            assertThatThrownBy(() -> grpcAs("eastmoor", "someone", role).setCouncilVoice(SetCouncilVoiceRequest.getDefaultInstance()))
                    .as(role).isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        }
        assertThat(grpcAs("eastmoor", "east-admin", "admin").getCouncilVoice(GetCouncilVoiceRequest.getDefaultInstance())
                .getInEffect().getTrainingDaysBeforeList()).containsExactly(30, 7, 1);
        assertThat(scope.countAsService("eastmoor", "SELECT count(*) FROM notifications.council_voice")).isZero();
    }
}
