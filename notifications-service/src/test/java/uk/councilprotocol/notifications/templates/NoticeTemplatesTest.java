package uk.councilprotocol.notifications.templates;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.context.annotation.Property;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.Completion;
import uk.councilprotocol.contracts.training.v1.CompletionWithdrawn;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.contracts.enquiries.v1.HoldingReplyRecorded;
import uk.councilprotocol.contracts.notifications.v1.ListTemplatesRequest;
import uk.councilprotocol.contracts.plans.v1.ActionCreated;
import uk.councilprotocol.contracts.plans.v1.ActionSnapshot;
import uk.councilprotocol.contracts.plans.v1.ActionStatus;
import uk.councilprotocol.contracts.plans.v1.DueDate;
import uk.councilprotocol.contracts.plans.v1.Owner;
import uk.councilprotocol.contracts.notifications.v1.NoticeTemplateSaved;
import uk.councilprotocol.contracts.notifications.v1.NoticeTemplatesGrpc;
import uk.councilprotocol.contracts.notifications.v1.PreviewTemplateRequest;
import uk.councilprotocol.contracts.notifications.v1.SaveTemplateRequest;
import uk.councilprotocol.contracts.notifications.v1.TemplateView;
import uk.councilprotocol.contracts.notifications.v1.TemplateWording;
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
 * Glenmoor's admin rewords the training reminder: previews a draft filled from one of Glenmoor's own assignments,
 * is told of a placeholder the email does not have, saves a version, and the next reminder uses it, while Eastmoor's
 * on the same deployment keep the platform's words.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "platform.tenancy.default-council", value = "eastmoor")
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
class NoticeTemplatesTest {
    static final String SUBJECT = "Action needed: ((course)) by ((due date))";
    static final String BODY = "Dear colleague, ((course)) (code ((course code))) is due by ((due date)), ((due in)).\n\n"
            + "Book it through Glenmoor Learning.";

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
        clock.setInstant(Instant.parse("2026-12-02T10:00:00Z"));   // a Wednesday morning: within the sending hours
    }

    @AfterAll
    void close() {
        channel.shutdownNow();
        clock.reset();
    }

    HttpCalls as(String council, String subject, String... roles) {
        return new HttpCalls(server.getURL().toString()).as(scope.tokenFor(council, subject, roles));
    }

    NoticeTemplatesGrpc.NoticeTemplatesBlockingStub grpcAs(String council, String subject, String... roles) {
        return GrpcCalls.withToken(NoticeTemplatesGrpc.newBlockingStub(channel), scope.tokenFor(council, subject, roles))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    static String wording(String subject, String body) {
        return HttpCalls.toJson(Map.of("subject", subject, "body", body));
    }

    void assignTraining(String council, String person, String name, LocalDate due) {
        scope.publishFor(council, "training.events.v1", person, TrainingEvents.person(person, name, person + "@example.gov.uk", null));
        scope.publishFor(council, "training.events.v1", person, TrainingEvents.assignment(UUID.randomUUID().toString(), person, due));
    }

    @Test
    void anAdminPreviewsAndSavesTheWordingAndTheNextReminderUsesIt() throws Exception {
        // one of Glenmoor's own assignments, due next summer: nothing is sent for it yet, but a preview can use it
        assignTraining("glenmoor", "glen-morag", "Morag Bell", LocalDate.parse("2027-06-30"));
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.training_assignment WHERE council = 'glenmoor'") == 1,
                Duration.ofSeconds(20), "the assignment copied");
        HttpCalls admin = as("glenmoor", "glen-admin", "admin");

        JsonNode preview = admin.post("/email-templates/training-due/preview", "application/json", wording(SUBJECT, BODY)).json();
        assertThat(preview.get("subject").asText()).isEqualTo("Action needed: Nolan Principles of Public Life by Wednesday 30 June 2027");
        assertThat(preview.get("text").asText()).contains("Dear Morag Bell", "(code NOLAN_PRINCIPLES) is due by Wednesday 30 June 2027, in 210 days.",
                "Book it through Glenmoor Learning.");
        assertThat(preview.get("html").asText()).contains("<strong>Dear colleague, Nolan Principles of Public Life");
        assertThat(preview.get("filledFrom").asText()).isEqualTo("Morag Bell's Nolan Principles of Public Life, due Wednesday 30 June 2027");

        HttpCalls.Reply refused = admin.put("/email-templates/training-due", "application/json",
                wording("Overdue ((course", "Hello ((first name))"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("subject", "body", "((first name)) is not a placeholder of this email");
        assertThat(scope.countAsService("glenmoor", "SELECT count(*) FROM notifications.notice_template WHERE kind = 'training-due'")).isZero();

        try (EventProbe events = scope.probe("notifications.events.v1")) {
            HttpCalls.Reply saved = admin.put("/email-templates/training-due", "application/json", wording(SUBJECT, BODY));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(saved.json().get("summary").get("version").asInt()).isEqualTo(1);
            assertThat(admin.put("/email-templates/training-due", "application/json", wording(SUBJECT, BODY))
                    .json().get("versions").size()).as("saved twice: one version").isEqualTo(1);
            // the class's other tests save other kinds: this one's event, by its kind
            var event = events.await(r -> {
                try {
                    return NoticeTemplateSaved.getDescriptor().getFullName().equals(new String(r.headers().lastHeader("ce_type").value()))
                            && NoticeTemplateSaved.parseFrom(r.value()).getKind().equals("training-due");
                } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                    return false;
                }
            }, 1, Duration.ofSeconds(30)).get(0);
            assertThat(event.key()).isEqualTo("glenmoor");
            NoticeTemplateSaved savedEvent = NoticeTemplateSaved.parseFrom(event.value());
            assertThat(savedEvent.getKind()).isEqualTo("training-due");
            assertThat(savedEvent.getVersion()).isEqualTo(1);
            assertThat(savedEvent.getSavedBy()).isEqualTo("glen-admin");
        }
        assertThat(scope.count("SELECT count(*) FROM notifications.audit_log WHERE council = 'glenmoor' AND actor = 'glen-admin'"
                + " AND action = 'PUT /email-templates/training-due' AND outcome = '200'")).isEqualTo(2);

        // a second version over gRPC, as the console saves it; the list shows the newest
        TemplateView second = grpcAs("glenmoor", "glen-admin", "admin").saveTemplate(SaveTemplateRequest.newBuilder()
                .setKind("training-due").setWording(TemplateWording.newBuilder().setSubject(SUBJECT + ".").setBody(BODY)).build());
        assertThat(second.getVersionsList()).extracting(v -> v.getVersion()).containsExactly(2, 1);
        assertThat(grpcAs("glenmoor", "glen-admin", "admin").listTemplates(ListTemplatesRequest.getDefaultInstance()).getTemplatesList())
                .filteredOn(t -> t.getKind().equals("training-due")).singleElement()
                .satisfies(t -> assertThat(t.getVersion()).isEqualTo(2));

        // training due in five days: its seven-day reminder goes now, in Glenmoor's words; Eastmoor's in the platform's
        assignTraining("glenmoor", "glen-iain", "Iain Ross", LocalDate.parse("2026-12-07"));
        assignTraining("eastmoor", "east-ruth", "Ruth Dale", LocalDate.parse("2026-12-07"));
        MimeMessage glenmoor = scope.mail().awaitMailbox("glen-iain@example.gov.uk", 1, Duration.ofSeconds(30)).get(0);
        assertThat(glenmoor.getSubject()).isEqualTo("Action needed: Nolan Principles of Public Life by Monday 7 December 2026.");
        assertThat(MailServer.plainText(glenmoor)).contains("Dear Iain Ross",
                "Dear colleague, Nolan Principles of Public Life (code NOLAN_PRINCIPLES) is due by Monday 7 December 2026, in 5 days.",
                "Book it through Glenmoor Learning.").doesNotContain("learning portal");
        MimeMessage eastmoor = scope.mail().awaitMailbox("east-ruth@example.gov.uk", 1, Duration.ofSeconds(30)).get(0);
        assertThat(eastmoor.getSubject()).isEqualTo("Reminder: Nolan Principles of Public Life is due by Monday 7 December 2026");
        assertThat(MailServer.plainText(eastmoor)).contains("is due by Monday 7 December 2026, in 5 days.", "learning portal");
        assertThat(as("eastmoor", "east-admin", "admin").get("/email-templates/training-due").json().get("summary").get("version").asInt())
                .as("Eastmoor has none of its own").isZero();
    }

    @Test
    void anActionReminderUsesTheCouncilsWordsAndStillSaysWhyItCame() throws Exception {
        HttpCalls admin = as("glenmoor", "glen-admin", "admin");
        HttpCalls.Reply saved = admin.put("/email-templates/action-due", "application/json",
                wording("((plan)): ((action)) due ((due in))", "Please update ((theme)) action ((action)) by ((deadline as written))."));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String owner = "glen-owner";
        scope.publishFor("glenmoor", "training.events.v1", owner, TrainingEvents.person(owner, "Fiona Grant", owner + "@example.gov.uk", null));
        String id = UUID.randomUUID().toString();
        LocalDate deadline = LocalDate.parse("2026-12-20");   // 18 days away: the 30-day reminder goes now
        scope.publishFor("glenmoor", "plans.events.v1", id, ActionCreated.newBuilder().setAction(ActionSnapshot.newBuilder()
                .setActionId(id).setPlanId(UUID.randomUUID().toString()).setPlanTitle("Protocol action plan").setReference("4")
                .setText("Publish the revised protocol on the intranet").setOwner(Owner.newBuilder().setText("Fiona Grant").setPersonId(owner))
                .addAnsweredByPersonIds(owner).setTheme("Governance")
                .setDue(DueDate.newBuilder().setText("By 20 December").setPrecision("DAY").setDeadline(deadline.toString()))
                .setStatus(ActionStatus.NOT_STARTED)).build());
        MimeMessage reminder = scope.mail().awaitMailbox(owner + "@example.gov.uk", 1, Duration.ofSeconds(30)).get(0);
        assertThat(reminder.getSubject()).isEqualTo("Protocol action plan: 4. Publish the revised protocol on the intranet due in 18 days");
        assertThat(MailServer.plainText(reminder)).contains("Please update Governance action 4. Publish the revised protocol on the intranet by By 20 December.",
                "You are named as its owner.").doesNotContain("Standards Committee's report");
    }

    @Test
    void theEnquiryAcknowledgementSpeaksAsTheCouncilWroteIt() throws Exception {
        HttpCalls admin = as("glenmoor", "glen-admin", "admin");
        assertThat(admin.post("/email-templates/enquiry-acknowledgement/preview", "application/json",
                wording("Got it: ((reference))", "Thank you, ((name)). We reply by ((due date)), ((promise)).")).json()
                .get("text").asText()).as("Glenmoor has no open enquiry here yet").contains("Thank you, Cllr Alex Example.");
        HttpCalls.Reply saved = admin.put("/email-templates/enquiry-acknowledgement", "application/json",
                wording("Got it: ((reference))", "Thank you, ((name)). We reply by ((due date)), ((promise))."));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String councillor = "glen-cllr-" + UUID.randomUUID().toString().substring(0, 6);
        scope.publishFor("glenmoor", "training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Ailsa Reid", councillor + "@example.gov.uk", null));
        scope.publishFor("glenmoor", "enquiries.events.v1", "MEM-26-7001", EnquiryLogged.newBuilder().setReference("MEM-26-7001")
                .setCouncillorId(councillor).setSubject("Gritting on Loch Road").setCategory("Roads")
                .setReceivedAt(Protos.timestamp(clock.instant())).setDueDate("2026-12-16").setOfficerReminderDate("2026-12-14")
                .setResponseWorkingDays(10).build());
        MimeMessage ack = scope.mail().awaitMailbox(councillor + "@example.gov.uk", 1, Duration.ofSeconds(30)).get(0);
        assertThat(ack.getSubject()).isEqualTo("Got it: MEM-26-7001");
        assertThat(MailServer.plainText(ack)).contains("Thank you, Cllr Ailsa Reid. We reply by Wednesday 16 December 2026, "
                + "within 10 working days of receipt.");
    }

    @Test
    void aHoldingReplySpeaksAsTheCouncilWroteItAndStillGivesTheReason() throws Exception {
        HttpCalls admin = as("eastmoor", "east-admin", "admin");
        HttpCalls.Reply saved = admin.put("/email-templates/enquiry-holding-reply", "application/json",
                wording("Update on ((reference))", "Dear ((name)), we now expect to reply by ((due date))."));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(admin.put("/email-templates/enquiry-holding-reply", "application/json", wording("((promise))", "x"))
                .json().get("violations").findValuesAsText("field")).as("the acknowledgement's promise is not this email's")
                .containsExactly("subject");
        String councillor = "east-cllr-" + UUID.randomUUID().toString().substring(0, 6);
        scope.publishFor("eastmoor", "training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Owen Pike", councillor + "@example.gov.uk", null));
        scope.publishFor("eastmoor", "enquiries.events.v1", "MEM-26-7101", EnquiryLogged.newBuilder().setReference("MEM-26-7101")
                .setCouncillorId(councillor).setSubject("Flooded underpass").setCategory("Roads").addDepartments("Roads and Transport")
                .setReceivedAt(Protos.timestamp(clock.instant())).setDueDate("2026-12-16").setOfficerReminderDate("2026-12-14").build());
        scope.publishFor("eastmoor", "enquiries.events.v1", "MEM-26-7101", HoldingReplyRecorded.newBuilder().setReference("MEM-26-7101")
                .setCouncillorId(councillor).setReason("Awaiting the drainage survey").setActionBeingTaken("Survey booked for Monday")
                .setNewDueDate("2027-01-08").setOriginalDueDate("2026-12-16").setOfficerReminderDate("2027-01-06").build());
        List<MimeMessage> both = scope.mail().awaitMailbox(councillor + "@example.gov.uk", 2, Duration.ofSeconds(30));
        MimeMessage held = both.stream().filter(m -> !subjectOf(m).contains("received")).findFirst().orElseThrow();
        assertThat(held.getSubject()).as("the acknowledgement and this, in either order").isEqualTo("Update on MEM-26-7101");
        assertThat(MailServer.plainText(held)).contains("Dear Cllr Owen Pike, we now expect to reply by Friday 8 January 2027.",
                "Reason for the delay: Awaiting the drainage survey", "Action being taken: Survey booked for Monday");

        JsonNode escalation = admin.post("/email-templates/enquiry-escalated/preview", "application/json",
                wording("Overdue: ((reference))", "Assigned to ((departments)), due ((due date)).")).json();
        assertThat(escalation.get("text").asText()).as("filled from Eastmoor's open enquiry")
                .contains("Assigned to Roads and Transport, due Friday 8 January 2027.");
    }

    /**
     * HR's withdrawal of a completion in Eastmoor's words: the email says what the council wrote, and still gives HR's
     * reason and when the training is due again, which no wording can leave out.
     */
    @Test
    void aWithdrawnCompletionSpeaksAsTheCouncilWroteItAndStillGivesHRsReason() throws Exception {
        HttpCalls admin = as("eastmoor", "east-admin", "admin");
        HttpCalls.Reply saved = admin.put("/email-templates/training-completion-withdrawn", "application/json",
                wording("Your ((course)) record has been removed", "Dear ((name)), your ((course)) of ((completed on)) no longer counts."));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(admin.put("/email-templates/training-completion-withdrawn", "application/json", wording("((due in))", "x"))
                .json().get("violations").findValuesAsText("field")).as("a training reminder's placeholder is not this email's")
                .containsExactly("subject");
        String person = "east-wd-" + UUID.randomUUID().toString().substring(0, 6);
        assignTraining("eastmoor", person, "Rhiannon Lewis", LocalDate.parse("2027-03-31"));
        scope.publishFor("eastmoor", "training.events.v1", person, CompletionWithdrawn.newBuilder()
                .setCompletion(Completion.newBuilder().setId(UUID.randomUUID().toString()).setPersonId(person)
                        .setCourseCode("NOLAN_PRINCIPLES").setCompletedOn("2026-11-20").setProvider("Independent facilitator"))
                .setReason("recorded against the wrong person").setWithdrawnBy("east-hr").build());
        MimeMessage told = scope.mail().awaitMailbox(person + "@example.gov.uk", 1, Duration.ofSeconds(30)).stream()
                .filter(m -> subjectOf(m).contains("removed")).findFirst().orElseThrow();
        assertThat(told.getSubject()).isEqualTo("Your Nolan Principles of Public Life record has been removed");
        assertThat(MailServer.plainText(told)).contains(
                "Dear Rhiannon Lewis, your Nolan Principles of Public Life of Friday 20 November 2026 no longer counts.",
                "The reason given: recorded against the wrong person", "due again by Wednesday 31 March 2027");

        JsonNode asked = admin.post("/email-templates/training-extension-requested/preview",
                "application/json", wording("More time? ((person))", "((person)) asks for ((requested date)), not ((due date)).")).json();
        assertThat(asked.get("filledFrom").asText()).as("Eastmoor has no request waiting").startsWith("an example");
        assertThat(asked.get("text").asText()).contains("Alex Example asks for");
    }

    @Test
    void aPreviewWithNothingToFillFromUsesAnExample() {
        JsonNode preview = as("eastmoor", "east-admin", "admin").post("/email-templates/training-overdue/preview", "application/json",
                wording("Overdue: ((course))", "((days overdue)) late.")).json();
        assertThat(preview.get("filledFrom").asText()).startsWith("an example");
        assertThat(preview.get("text").asText()).contains("Dear Alex Example", "3 days late.");
    }

    @Test
    void aSecondAdminEditingTheSameEmailIsToldOfTheFirstOnesVersion() throws Exception {
        String overdue = "((name)), ((course)) was due on ((due date)): ((days overdue)) overdue.";
        HttpCalls first = as("glenmoor", "glen-admin", "admin");
        HttpCalls second = as("glenmoor", "glen-deputy", "admin");
        int startedFrom = first.get("/email-templates/training-overdue").json().get("summary").get("version").asInt();
        assertThat(first.put("/email-templates/training-overdue?basedOnVersion=" + startedFrom, "application/json",
                wording("Overdue: ((course))", overdue)).status()).isEqualTo(200);

        HttpCalls.Reply stale = second.put("/email-templates/training-overdue?basedOnVersion=" + startedFrom, "application/json",
                wording("Now overdue: ((course))", overdue));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asText()).contains("version " + (startedFrom + 1) + " was saved by glen-admin");
        assertThatThrownBy(() -> grpcAs("glenmoor", "glen-deputy", "admin").saveTemplate(SaveTemplateRequest.newBuilder()
                .setKind("training-overdue").setBasedOnVersion(startedFrom)
                .setWording(TemplateWording.newBuilder().setSubject("Now overdue: ((course))").setBody(overdue)).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
        assertThat(scope.countAsService("glenmoor", "SELECT count(*) FROM notifications.notice_template "
                + "WHERE kind = 'training-overdue' AND subject LIKE 'Now overdue%'")).as("nothing saved").isZero();

        // having looked, the second saves on top of the first's version; a retried save of the same words is no conflict
        JsonNode saved = second.put("/email-templates/training-overdue?basedOnVersion=" + (startedFrom + 1), "application/json",
                wording("Now overdue: ((course))", overdue)).json();
        assertThat(saved.get("summary").get("version").asInt()).isEqualTo(startedFrom + 2);
        assertThat(second.put("/email-templates/training-overdue?basedOnVersion=" + (startedFrom + 1), "application/json",
                wording("Now overdue: ((course))", overdue)).status()).isEqualTo(200);
        assertThat(second.put("/email-templates/training-overdue?basedOnVersion=-1", "application/json",
                wording("x", overdue)).json().get("violations").findValuesAsText("field")).containsExactly("based_on_version");
    }

    @Test
    void onlyTheCouncilsAdminReadsPreviewsOrSavesTemplates() throws Exception {
        for (String role : List.of("hub", "hr", "officer", "councillor", "standards", "operator")) {
            HttpCalls someone = as("eastmoor", "someone", role);
            assertThat(someone.get("/email-templates").status()).as(role).isEqualTo(403);
            assertThat(someone.put("/email-templates/training-due", "application/json", wording(SUBJECT, BODY)).status()).as(role).isEqualTo(403);
            assertThat(someone.post("/email-templates/training-due/preview", "application/json", wording(SUBJECT, BODY)).status())
                    .as(role).isEqualTo(403);
            assertThatThrownBy(() -> grpcAs("eastmoor", "someone", role).previewTemplate(PreviewTemplateRequest.newBuilder()
                    .setKind("training-due").setWording(TemplateWording.newBuilder().setSubject(SUBJECT).setBody(BODY)).build()))
                    .as(role).isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        }
        assertThat(as("eastmoor", "east-admin", "admin").get("/email-templates/no-such-email").status()).isEqualTo(404);
        assertThatThrownBy(() -> grpcAs("eastmoor", "east-admin", "admin").saveTemplate(SaveTemplateRequest.newBuilder()
                .setKind("training-due").setWording(TemplateWording.newBuilder().setSubject("").setBody(BODY)).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("subject");
                });
        assertThat(scope.countAsService("eastmoor", "SELECT count(*) FROM notifications.notice_template WHERE kind = 'training-due'")).isZero();
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
