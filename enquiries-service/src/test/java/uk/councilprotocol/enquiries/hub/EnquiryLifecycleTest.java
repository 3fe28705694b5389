package uk.councilprotocol.enquiries.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.enquiries.v1.AlternativeDeadlineRequest;
import uk.councilprotocol.contracts.enquiries.v1.EnquiriesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.Enquiry;
import uk.councilprotocol.contracts.enquiries.v1.ReclassifyRequest;
import uk.councilprotocol.contracts.enquiries.v1.ReopenRequest;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryResponded;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryStatus;
import uk.councilprotocol.contracts.enquiries.v1.GetEnquiryRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListAssignedRequest;
import uk.councilprotocol.contracts.enquiries.v1.LogEnquiryRequest;
import uk.councilprotocol.contracts.enquiries.v1.Channel;
import uk.councilprotocol.contracts.enquiries.v1.RespondRequest;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import uk.councilprotocol.contracts.enquiries.v1.AcceptRequest;
import uk.councilprotocol.platform.time.AdjustableClock;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import jakarta.activation.DataHandler;
import java.util.Date;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAssigned;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryEscalated;
import java.util.HashMap;
import uk.councilprotocol.contracts.enquiries.v1.AbsenceDraft;
import uk.councilprotocol.contracts.enquiries.v1.AbsencesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.EndAbsenceRequest;
import uk.councilprotocol.contracts.enquiries.v1.HoldingReplyRequest;
import uk.councilprotocol.contracts.enquiries.v1.ListAbsencesRequest;
import java.time.Instant;
import jakarta.mail.internet.InternetAddress;
import uk.councilprotocol.contracts.enquiries.v1.LogEmailedEnquiryRequest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import jakarta.mail.Session;

/**
 * An enquiry's life through the Members Support Hub: logged with its reference and deadline, routed to a
 * department, seen only by those entitled (constituent data only by the Hub and the department), answered
 * over gRPC, with events on Kafka that carry no personal data.
 */
// Its outcome depends on the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnquiryLifecycleTest extends ServiceCallsTest {
    static final String ENVIRONMENT = "department:environment-and-place";
    static final String ADULTS = "department:adults-and-communities";

    @Inject
    AdjustableClock clock;

    EnquiriesGrpc.EnquiriesBlockingStub grpcAs(String subject, String... roles) {
        return GrpcCalls.withToken(EnquiriesGrpc.newBlockingStub(channel), scope.token(subject, roles))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    @BeforeAll
    void councillorsAndRoutingRules() throws Exception {
        // The Hub works on Monday 21 December 2026; the enquiries arrived the Friday evening before.
        clock.setInstant(Instant.parse("2026-12-21T09:00:00Z"));
        for (String[] c : new String[][]{{"CLLR-A", "Cllr Ann Asker"}, {"CLLR-B", "Cllr Ben Copied"}, {"CLLR-C", "Cllr Cat Other"}}) {
            scope.publish("training.events.v1", c[0], PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                    .setId(c[0]).setFullName(c[1]).setEmail(c[0].toLowerCase() + "@eastmoor.example.gov.uk")
                    .setKind(PersonKind.COUNCILLOR).setPoliticalGroup("Riverside Independents").setStartDate("2023-05-08")
                    .setActive(true)).build());
        }
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM enquiries.councillor") == 3, Duration.ofSeconds(30), "councillors copied from roster events");
        HttpCalls hub = as("hub-aisha", "hub", "officer");
        assertThat(hub.postJson("/routing-rules", Map.of("category", "Highways", "department", "Environment and Place",
                "defaultOfficerId", "EM-0205")).status()).isEqualTo(201);
        assertThat(hub.postJson("/routing-rules", Map.of("category", "Highways", "ward", "Riverside",
                "department", "Adults and Communities")).status()).isEqualTo(201);
        assertThat(hub.postJson("/routing-rules", Map.of("category", "Highways", "department", "Elsewhere")).status())
                .as("duplicate rule").isEqualTo(400);
    }

    @AfterAll
    void resetTheClock() {
        clock.reset();
    }

    JsonNode logPothole(boolean confidential) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "councillorId", "CLLR-A", "channel", "email", "receivedAt", "2026-12-18T18:00:00Z",
                "subject", "Pothole on Mill Lane", "description", "Resident reports a deep pothole; a cyclist fell.",
                "category", "Highways", "ward", "Eastmoor Central",
                "constituent", Map.of("name", "Jo Resident", "contact", "07700 900123", "address", "12 Mill Lane"),
                "confidential", confidential, "circulation", List.of("CLLR-B")));
        body.put("relatedAddress", "Mill Lane, by the school gates");
        HttpCalls.Reply logged = as("hub-aisha", "hub", "officer").postJson("/enquiries", body);
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        return logged.json();
    }

    @Test
    void theHubLogsAnEnquiryWithAReferenceAndTheTenWorkingDayDeadlineAndItIsRouted() throws Exception {
        JsonNode first = logPothole(false);
        JsonNode second = logPothole(false);
        assertThat(first.get("reference").asText()).matches("MEM-26-\\d{4}");
        int n = Integer.parseInt(first.get("reference").asText().substring(7));
        assertThat(second.get("reference").asText()).isEqualTo(String.format("MEM-26-%04d", n + 1));
        // Friday 18 December after 17:00: counts from Monday 21st, skips Christmas and New Year.
        assertThat(first.get("countsFrom").asText()).isEqualTo("2026-12-21");
        assertThat(first.get("dueDate").asText()).isEqualTo("2027-01-07");
        assertThat(first.get("assignments").get(0).get("department").asText()).isEqualTo("Environment and Place");
        assertThat(first.get("assignments").get(0).get("officerId").asText()).isEqualTo("EM-0205");
        assertThat(first.get("constituent").get("name").asText()).isEqualTo("Jo Resident");
        assertThat(first.get("relatedAddress").asText()).isEqualTo("Mill Lane, by the school gates");

        try (EventProbe probe = scope.probe("enquiries.events.v1")) {
            ConsumerRecord<String, byte[]> record = probe.await(r -> first.get("reference").asText().equals(r.key()), 1,
                    Duration.ofSeconds(20)).get(0);
            EnquiryLogged event = EnquiryLogged.parseFrom(record.value());
            assertThat(event.getDepartmentsList()).containsExactly("Environment and Place");
            assertThat(event.getDueDate()).isEqualTo("2027-01-07");
            assertThat(event.getResponseWorkingDays()).as("the council's promise, for the acknowledgement").isEqualTo(10);
            assertThat(event.getDeadlineProvisional()).as("2027 is in the bank-holiday file").isFalse();
            assertThat(event.getCirculationList()).as("whom the response may be copied to (9.1.14)").containsExactly("CLLR-B");
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Jo Resident", "07700", "cyclist");
        }
    }

    @Test
    void aWardRuleWinsAndTheHubCanSplitAnEnquiryAcrossDepartments() {
        HttpCalls hub = as("hub-aisha", "hub");
        JsonNode riverside = hub.postJson("/enquiries", Map.of("councillorId", "CLLR-C", "channel", "verbal",
                "subject", "Blocked drain", "description", "Drain blocked by the school.", "category", "highways",
                "ward", "Riverside")).json();
        assertThat(riverside.get("assignments").findValuesAsText("department")).containsExactly("Adults and Communities");
        JsonNode split = hub.postJson("/enquiries", Map.of("councillorId", "CLLR-C", "channel", "letter",
                "subject", "Fly-tipping and a care visit", "description", "Two matters.", "category", "Highways",
                "departments", List.of("Environment and Place", "Adults and Communities"))).json();
        assertThat(split.get("assignments").findValuesAsText("department"))
                .containsExactly("Environment and Place", "Adults and Communities");
    }

    @Test
    void eachCallerSeesOnlyWhatTheyAreEntitledTo() {
        String reference = logPothole(false).get("reference").asText();
        JsonNode department = as("env-officer", "officer", ENVIRONMENT).get("/enquiries/" + reference).json();
        assertThat(department.get("constituent").get("contact").asText()).isEqualTo("07700 900123");
        HttpCalls.Reply raisedBy = as("CLLR-A", "councillor").get("/enquiries/" + reference);
        assertThat(raisedBy.status()).isEqualTo(200);
        assertThat(raisedBy.json().path("constituent").isMissingNode()).as("constituent data only for the Hub and the department").isTrue();
        assertThat(raisedBy.body()).doesNotContain("Jo Resident", "07700", "12 Mill Lane");
        assertThat(as("CLLR-B", "councillor").get("/enquiries/" + reference).status()).as("on the circulation list").isEqualTo(200);
        assertThat(as("CLLR-C", "councillor").get("/enquiries/" + reference).status()).isEqualTo(403);
        assertThat(as("adults-officer", "officer", ADULTS).get("/enquiries/" + reference).status()).isEqualTo(403);
        assertThat(as("adults-officer", "officer", ADULTS).get("/enquiries").json().findValuesAsText("reference"))
                .doesNotContain(reference);
        assertThat(as("CLLR-C", "councillor").postJson("/enquiries", Map.of("councillorId", "CLLR-C", "channel", "email",
                "subject", "x", "description", "x", "category", "Highways")).status()).as("only the Hub logs").isEqualTo(403);

        var queue = grpcAs("env-system", "service", ENVIRONMENT).listAssigned(ListAssignedRequest.getDefaultInstance());
        assertThat(queue.getEnquiriesList()).anyMatch(e -> e.getReference().equals(reference)
                && e.getConstituent().getName().equals("Jo Resident"));
        assertThatThrownBy(() -> grpcAs("adults-system", ADULTS).getEnquiry(GetEnquiryRequest.newBuilder().setReference(reference).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }

    @Test
    void theAssignedDepartmentRespondsOverGrpcOnceAndTheResponseIsPublished() throws Exception {
        String reference = logPothole(false).get("reference").asText();
        RespondRequest respond = RespondRequest.newBuilder().setReference(reference)
                .setResponse("Repaired on 21 December; inspection booked.").build();
        assertThatThrownBy(() -> grpcAs("adults-system", ADULTS).respond(respond))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));

        var answered = grpcAs("env-officer", "officer", ENVIRONMENT).respond(respond);
        assertThat(answered.getStatus()).isEqualTo(EnquiryStatus.RESPONDED);
        assertThat(answered.getRespondedBy()).isEqualTo("env-officer");
        assertThatThrownBy(() -> grpcAs("env-officer", "officer", ENVIRONMENT).respond(respond))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));

        try (EventProbe probe = scope.probe("enquiries.events.v1")) {
            ConsumerRecord<String, byte[]> record = probe.await(r -> reference.equals(r.key())
                    && "councilprotocol.enquiries.v1.EnquiryResponded".equals(new String(r.headers().lastHeader("ce_type").value())),
                    1, Duration.ofSeconds(20)).get(0);
            assertThat(EnquiryResponded.parseFrom(record.value()).getRespondedBy()).isEqualTo("env-officer");
            assertThat(EnquiryResponded.parseFrom(record.value()).getResponse()).as("for the councillor's email")
                    .isEqualTo("Repaired on 21 December; inspection booked.");
        }
    }

    @Test
    void aConfidentialEnquirysResponseStaysInTheService() throws Exception {
        String reference = logPothole(true).get("reference").asText();
        grpcAs("env-officer", "officer", ENVIRONMENT).respond(RespondRequest.newBuilder().setReference(reference)
                .setResponse("The safeguarding team visited on Monday.").build());
        try (EventProbe probe = scope.probe("enquiries.events.v1")) {
            ConsumerRecord<String, byte[]> record = probe.await(r -> reference.equals(r.key())
                    && "councilprotocol.enquiries.v1.EnquiryResponded".equals(new String(r.headers().lastHeader("ce_type").value())),
                    1, Duration.ofSeconds(20)).get(0);
            assertThat(EnquiryResponded.parseFrom(record.value()).getResponse()).isEmpty();
            assertThat(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("safeguarding team");
        }
    }

    @Test
    void aConfidentialEnquirysSubjectAndReasonsStayInTheService() throws Exception {
        String reference = logPothole(true).get("reference").asText();
        HttpCalls department = as("env-officer", "officer", ENVIRONMENT);
        assertThat(department.postJson("/enquiries/" + reference + "/holding-reply", Map.of(
                "reason", "Awaiting the care provider's records.", "actionBeingTaken", "Records requested from Elmside.",
                "newDueDate", "2027-01-21")).status()).isEqualTo(200);
        assertThat(department.postJson("/enquiries/" + reference + "/alternative-deadline", Map.of(
                "agreedWith", "Cllr Ahmed and the Director", "reason", "Three years of care records to review.",
                "newDueDate", "2027-02-04")).status()).isEqualTo(200);
        try (EventProbe probe = scope.probe("enquiries.events.v1")) {
            List<ConsumerRecord<String, byte[]>> events = probe.await(r -> reference.equals(r.key()), 3, Duration.ofSeconds(20));
            assertThat(events).extracting(r -> new String(r.headers().lastHeader("ce_type").value())).contains(
                    "councilprotocol.enquiries.v1.EnquiryLogged", "councilprotocol.enquiries.v1.HoldingReplyRecorded",
                    "councilprotocol.enquiries.v1.AlternativeDeadlineAgreed");
            for (ConsumerRecord<String, byte[]> event : events) {
                assertThat(new String(event.value(), StandardCharsets.UTF_8)).as("the reference and dates alone leave the service")
                        .contains(reference).doesNotContain("Mill Lane").doesNotContain("care provider")
                        .doesNotContain("Elmside").doesNotContain("care records");
            }
        }
        // the same text of an ordinary enquiry does travel: the notices quote it
        String ordinary = logPothole(false).get("reference").asText();
        try (EventProbe probe = scope.probe("enquiries.events.v1")) {
            assertThat(new String(probe.await(r -> ordinary.equals(r.key()), 1, Duration.ofSeconds(20)).get(0).value(),
                    StandardCharsets.UTF_8)).contains("Pothole on Mill Lane");
        }
    }

    @Test
    void listingOrDownloadingFromAConfidentialEnquiryIsAudited() throws Exception {
        String reference = logPothole(true).get("reference").asText();
        HttpCalls.Reply board = as("env-officer", "officer", ENVIRONMENT).get("/enquiries?q=" + reference);
        assertThat(board.json().findValuesAsText("reference")).containsExactly(reference);
        grpcAs("env-system", ENVIRONMENT).listAssigned(ListAssignedRequest.newBuilder().setQuery(reference).build());
        JsonNode audit = as("mo", "standards").get("/audit?limit=200").json();
        assertThat(audit.findParents("action").stream().filter(e -> e.get("action").asText().equals("listed confidential enquiries")
                && e.get("target").asText().contains(reference)).map(e -> e.get("actor").asText()).toList())
                .as("the board over HTTP and ListAssigned over gRPC").contains("env-officer", "env-system");

        String ordinary = logPothole(false).get("reference").asText();
        as("env-officer", "officer", ENVIRONMENT).get("/enquiries?q=" + ordinary);
        assertThat(as("mo", "standards").get("/audit?limit=200&q=" + ordinary).json().findValuesAsText("action"))
                .as("an ordinary enquiry's listing is not a confidential read").doesNotContain("listed confidential enquiries");

        byte[] file = eml("cllr-a@eastmoor.example.gov.uk", "Safeguarding", "Please call me.", "%PDF-1.4 x".getBytes(StandardCharsets.UTF_8));
        String emailed = as("hub-aisha", "hub").post("/enquiries/email?category=Highways&confidential=true", "message/rfc822",
                new String(file, StandardCharsets.ISO_8859_1)).json().get("reference").asText();
        String id = as("hub-aisha", "hub").get("/enquiries/" + emailed + "/attachments").json().get(0).get("id").asText();
        assertThat(as("env-officer", "officer", ENVIRONMENT).get("/enquiries/" + emailed + "/attachments/" + id).status()).isEqualTo(200);
        assertThat(as("mo", "standards").get("/audit?limit=200").json().findParents("action").stream()
                .anyMatch(e -> e.get("action").asText().equals("downloaded confidential enquiry attachment")
                        && e.get("target").asText().equals(emailed + " photo-of-pothole.pdf")
                        && e.get("actor").asText().equals("env-officer"))).isTrue();
    }

    @Test
    void badInputNamesEveryFieldAndNothingIsWritten() throws Exception {
        HttpCalls hub = as("hub-aisha", "hub");
        HttpCalls.Reply empty = hub.postJson("/enquiries", Map.of("ward", "Riverside"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("violations").findValuesAsText("field"))
                .contains("councillor_id", "channel", "subject", "description", "category");
        HttpCalls.Reply unknown = hub.postJson("/enquiries", Map.of("councillorId", "NOBODY", "channel", "fax",
                "subject", "s", "description", "d", "category", "Highways", "circulation", List.of("GHOST")));
        assertThat(unknown.json().get("violations").findValuesAsText("field")).contains("councillor_id", "channel", "circulation");
        HttpCalls.Reply tooLong = hub.postJson("/enquiries", Map.of("councillorId", "CLLR-A", "channel", "email",
                "subject", "s".repeat(201), "description", "d", "category", "Highways",
                "constituent", Map.of("name", "Ann Resident", "contact", "c".repeat(201))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("violations").findValuesAsText("field")).containsExactly("constituent.contact", "subject");
        assertThat(tooLong.json().get("violations").get(1).get("message").asText()).isEqualTo("is longer than 200 characters");
        HttpCalls.Reply shapeAndData = hub.postJson("/enquiries", Map.of("councillorId", "NOBODY", "channel", "email",
                "subject", "s".repeat(201), "description", "d", "category", "Highways"));
        assertThat(shapeAndData.json().get("violations").findValuesAsText("field")).as("a declared constraint and a check "
                + "against the roster, in one answer").containsExactlyInAnyOrder("subject", "councillor_id");
        assertThatThrownBy(() -> grpcAs("hub-system", "hub").logEnquiry(LogEnquiryRequest.newBuilder()
                .setCouncillorId("CLLR-A").setChannel(Channel.EMAIL).setDescription("d").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("category", "subject");
                });
        HttpCalls.Reply nul = hub.postJson("/enquiries", Map.of("councillorId", "CLLR-A", "channel", "email",
                "subject", "Pot\u0000hole", "description", "d", "category", "Highways"));
        assertThat(nul.status()).as("a NUL in a JSON text field: bad input, not a server error").isEqualTo(400);
        HttpCalls.Reply unrouted = hub.postJson("/enquiries", Map.of("councillorId", "CLLR-A", "channel", "email",
                "subject", "s", "description", "d", "category", "Parks"));
        assertThat(unrouted.json().get("violations").get(0).get("field").asText()).isEqualTo("category");
        try (Connection sql = scope.sql(); ResultSet rs = sql.createStatement().executeQuery(
                "SELECT count(*) FROM enquiries.enquiry WHERE category IN ('Parks') OR councillor_id = 'NOBODY'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void readingAConfidentialEnquiryIsAudited() {
        String reference = logPothole(true).get("reference").asText();
        assertThat(as("env-officer", "officer", ENVIRONMENT).get("/enquiries/" + reference).status()).isEqualTo(200);
        grpcAs("env-system", ENVIRONMENT).getEnquiry(GetEnquiryRequest.newBuilder().setReference(reference).build());
        JsonNode audit = as("mo", "standards").get("/audit?limit=100").json();
        assertThat(audit.findParents("action").stream().anyMatch(e -> e.get("action").asText().equals("read confidential enquiry")
                && e.get("target").asText().equals(reference) && e.get("actor").asText().equals("env-officer"))).isTrue();
        assertThat(audit.findParents("action").stream().anyMatch(e -> e.get("action").asText().equals("read confidential enquiry")
                && e.get("actor").asText().equals("env-system") && e.get("sourceAddress").asText().contains("127.0.0.1")))
                .as("a gRPC read is audited with the client's address").isTrue();
    }

    @Test
    void aHoldingReplyMovesTheDeadlineAndKeepsTheOriginal() throws Exception {
        String reference = logPothole(false).get("reference").asText();
        HttpCalls department = as("env-officer", "officer", ENVIRONMENT);
        HttpCalls.Reply incomplete = department.postJson("/enquiries/" + reference + "/holding-reply", Map.of("newDueDate", "2027-01-07"));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("violations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("reason", "action_being_taken", "new_due_date");

        JsonNode held = department.postJson("/enquiries/" + reference + "/holding-reply", Map.of(
                "reason", "The contractor must survey the drainage first.", "actionBeingTaken", "Survey booked for 11 January.",
                "newDueDate", "2027-01-21")).json();
        assertThat(held.get("dueDate").asText()).isEqualTo("2027-01-21");
        assertThat(held.get("dueAt").asText()).isEqualTo("2027-01-21T17:00:00Z");
        assertThat(held.get("originalDueDate").asText()).isEqualTo("2027-01-07");
        assertThat(held.get("deadlineChanges").get(0).get("kind").asText()).isEqualTo("HOLDING_REPLY");
        assertThat(held.get("deadlineChanges").get(0).get("recordedBy").asText()).isEqualTo("env-officer");

        var saturday = HoldingReplyRequest.newBuilder().setReference(reference)
                .setReason("r").setActionBeingTaken("a").setNewDueDate("2027-01-23").build();
        assertThatThrownBy(() -> grpcAs("env-system", ENVIRONMENT).recordHoldingReply(saturday))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("new_due_date");
                });
        try (EventProbe probe = scope.probe("enquiries.events.v1")) {
            probe.await(r -> reference.equals(r.key()) && "councilprotocol.enquiries.v1.HoldingReplyRecorded"
                    .equals(new String(r.headers().lastHeader("ce_type").value())), 1, Duration.ofSeconds(20));
        }
    }

    @Test
    void anAlternativeDeadlineIsAgreedAndAComplaintIsReclassifiedThenReopenedByTheHub() {
        String reference = logPothole(false).get("reference").asText();
        JsonNode agreed = as("hub-aisha", "hub").postJson("/enquiries/" + reference + "/alternative-deadline", Map.of(
                "newDueDate", "2027-02-26", "agreedWith", "EM-0104",
                "reason", "Needs every street in the ward surveyed; agreed with Cllr Asker and the Director.")).json();
        assertThat(agreed.get("dueDate").asText()).isEqualTo("2027-02-26");
        assertThat(agreed.get("deadlineChanges").get(0).get("agreedWith").asText()).isEqualTo("EM-0104");

        JsonNode complaint = as("hub-aisha", "hub").postJson("/enquiries/" + reference + "/reclassification",
                Map.of("complaintReference", "COMP-2026-0412")).json();
        assertThat(complaint.get("status").asText()).isEqualTo("RECLASSIFIED");
        assertThat(complaint.get("complaintReference").asText()).isEqualTo("COMP-2026-0412");
        HttpCalls.Reply tooLong = as("env-officer", "officer", ENVIRONMENT).postJson("/enquiries/" + reference + "/response",
                Map.of("response", "x".repeat(20_001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("violations").get(0).get("field").asText()).isEqualTo("response");
        assertThat(as("env-officer", "officer", ENVIRONMENT).postJson("/enquiries/" + reference + "/response",
                Map.of("response", "x")).status()).isEqualTo(409);
        assertThat(as("env-officer", "officer", ENVIRONMENT).postJson("/enquiries/" + reference + "/reopening",
                Map.of("reason", "x")).status()).as("only the Hub reopens").isEqualTo(403);

        JsonNode reopened = as("hub-aisha", "hub").postJson("/enquiries/" + reference + "/reopening",
                Map.of("reason", "The complaints team says it is an enquiry after all.")).json();
        assertThat(reopened.get("status").asText()).isEqualTo("OPEN");
        assertThat(reopened.get("dueDate").asText()).isEqualTo("2027-01-07"); // ten working days from Monday 21 December
        assertThat(reopened.get("deadlineChanges").findValuesAsText("kind")).containsExactly("AGREED_ALTERNATIVE", "REOPENED");

        // each change's audit entry says what it changed, before and after (never the reasons' free text)
        JsonNode log = as("mo", "standards").get("/audit?limit=50&q=" + reference).json();
        assertThat(changesOf(log, "POST /enquiries/" + reference + "/alternative-deadline"))
                .isEqualTo("due_date: 2027-01-07 → 2027-02-26");
        assertThat(changesOf(log, "POST /enquiries/" + reference + "/reclassification"))
                .isEqualTo("status: OPEN → RECLASSIFIED; complaint_reference: (none) → COMP-2026-0412");
        assertThat(changesOf(log, "POST /enquiries/" + reference + "/reopening"))
                .isEqualTo("due_date: 2027-02-26 → 2027-01-07; status: RECLASSIFIED → OPEN");
        assertThat(log.toString()).as("no reason's words").doesNotContain("surveyed");
    }

    /** The changes the log's (newest) entry for this action records, with a 2xx (or gRPC OK) outcome. */
    static String changesOf(JsonNode log, String action) {
        for (JsonNode entry : log) {
            String outcome = entry.get("outcome").asText();
            if (entry.get("action").asText().equals(action) && (outcome.startsWith("20") || outcome.equals("OK"))) {
                return entry.path("changes").asText();
            }
        }
        return "no entry for " + action + " in " + log;
    }

    @Test
    void aDepartmentsSystemAndTheConsoleDoTheSameThreeOverGrpcWithTheSameRulesAndEvents() throws Exception {
        String reference = logPothole(false).get("reference").asText();
        EnquiriesGrpc.EnquiriesBlockingStub hub = grpcAs("hub-system", "hub");
        assertThatThrownBy(() -> hub.agreeAlternativeDeadline(AlternativeDeadlineRequest.newBuilder().setReference(reference).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactlyInAnyOrder("agreed_with", "reason", "new_due_date");
                });
        Enquiry agreed = hub.agreeAlternativeDeadline(AlternativeDeadlineRequest.newBuilder().setReference(reference)
                .setNewDueDate("2027-02-26").setAgreedWith("Cllr Asker").setReason("Every street in the ward surveyed first.").build());
        assertThat(agreed.getDueDate()).isEqualTo("2027-02-26");
        assertThat(agreed.getOriginalDueDate()).isEqualTo("2027-01-07");

        var reclassify = ReclassifyRequest.newBuilder().setReference(reference).setComplaintReference("COMP-2026-0413").build();
        assertThatThrownBy(() -> grpcAs("CLLR-A", "councillor").reclassify(reclassify))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode())
                        .as("the councillor who raised it").isEqualTo(Status.Code.PERMISSION_DENIED));
        assertThat(hub.reclassify(reclassify).getStatus().name()).isEqualTo("RECLASSIFIED");

        var reopen = ReopenRequest.newBuilder().setReference(reference).setReason("An enquiry after all.").build();
        assertThatThrownBy(() -> grpcAs("env-system", ENVIRONMENT).reopen(reopen))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode())
                        .as("only the Hub reopens").isEqualTo(Status.Code.PERMISSION_DENIED));
        try (EventProbe probe = scope.probe("enquiries.events.v1")) {
            Enquiry reopened = hub.reopen(reopen);
            assertThat(reopened.getStatus().name()).isEqualTo("OPEN");
            assertThat(reopened.getDueDate()).isEqualTo("2027-01-07");   // ten working days from Monday 21 December
            probe.await(r -> reference.equals(r.key()) && "councilprotocol.enquiries.v1.EnquiryReopened"
                    .equals(new String(r.headers().lastHeader("ce_type").value())), 1, Duration.ofSeconds(20));
        }
        JsonNode log = as("mo", "standards").get("/audit?limit=50&q=" + reference).json();
        assertThat(changesOf(log, "grpc councilprotocol.enquiries.v1.Enquiries/AgreeAlternativeDeadline"))
                .as("over gRPC too").isEqualTo("due_date: 2027-01-07 → 2027-02-26");
        assertThatThrownBy(() -> hub.reopen(reopen)).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).as("already open").isEqualTo(Status.Code.FAILED_PRECONDITION));
    }

    @Test
    void aDepartmentWithNoOfficerNamedIsAskedThroughItsChiefOfficer() throws Exception {
        scope.publish("training.events.v1", "EM-AC-CHIEF", PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                .setId("EM-AC-CHIEF").setFullName("Rhian Price").setEmail("rhian.price@eastmoor.example.gov.uk")
                .setKind(PersonKind.OFFICER).addRoles("chief-officer").setDepartment("Adults and Communities")
                .setStartDate("2022-03-01").setActive(true)).build());
        Eventually.assertTrue(() -> count("SELECT count(*) FROM enquiries.officer WHERE chief_officer AND person_id = 'EM-AC-CHIEF'") == 1,
                Duration.ofSeconds(30), "the Chief Officer copied from the roster");
        // the Riverside rule names Adults and Communities and no officer
        JsonNode riverside = as("hub-aisha", "hub").postJson("/enquiries", Map.of("councillorId", "CLLR-C", "channel", "letter",
                "subject", "Drain by the care home", "description", "Blocked again.", "category", "Highways", "ward", "Riverside")).json();
        assertThat(riverside.get("assignments").get(0).path("officerId").asText("")).as("no officer named").isEmpty();
        String reference = riverside.get("reference").asText();
        try (EventProbe probe = scope.probe("enquiries.events.v1")) {
            ConsumerRecord<String, byte[]> record = probe.await(r -> reference.equals(r.key())
                    && "councilprotocol.enquiries.v1.EnquiryLogged".equals(new String(r.headers().lastHeader("ce_type").value())),
                    1, Duration.ofSeconds(20)).get(0);
            assertThat(EnquiryLogged.parseFrom(record.value()).getUnnamedDepartmentChiefIdsList())
                    .as("its Chief Officer, asked to name one").containsExactly("EM-AC-CHIEF");
        }
    }

    @Test
    void aDepartmentWithNoChiefOfficerIsFlaggedToTheHub() throws Exception {
        scope.publish("training.events.v1", "EM-CL-CHIEF", PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                .setId("EM-CL-CHIEF").setFullName("Priya Raman").setEmail("priya.raman@eastmoor.example.gov.uk")
                .setKind(PersonKind.OFFICER).addRoles("chief-officer").setDepartment("Children and Learning")
                .setStartDate("2021-01-04").setActive(true)).build());
        Eventually.assertTrue(() -> count("SELECT count(*) FROM enquiries.officer WHERE chief_officer AND person_id = 'EM-CL-CHIEF'") == 1,
                Duration.ofSeconds(30), "the Chief Officer copied from the roster");
        HttpCalls hub = as("hub-aisha", "hub");
        String reference = hub.postJson("/enquiries", Map.of("councillorId", "CLLR-C", "channel", "letter", "subject", "School transport",
                "description", "Bus and its cost.", "category", "Highways", "departments", List.of("Children and Learning", "Finance")))
                .json().get("reference").asText();
        // the Hub's view (kept two seconds per council, so read until it shows the Chief Officer just copied)
        Eventually.assertTrue(() -> {
            Map<String, Boolean> flagged = new java.util.HashMap<>();
            hub.get("/enquiries/" + reference).json().get("assignments")
                    .forEach(a -> flagged.put(a.get("department").asText(), a.get("noChiefOfficer").asBoolean()));
            return flagged.equals(Map.of("Children and Learning", false, "Finance", true));
        }, Duration.ofSeconds(10), "Finance flagged: no one to escalate to; Children and Learning has its Chief Officer");
        var overGrpc = grpcAs("hub-aisha", "hub").getEnquiry(GetEnquiryRequest.newBuilder().setReference(reference).build());
        assertThat(overGrpc.getAssignmentsList()).extracting(a -> a.getDepartment() + " " + a.getNoChiefOfficer())
                .containsExactlyInAnyOrder("Children and Learning false", "Finance true");
    }

    @Test
    void anOverdueEnquiryIsEscalatedOnceToTheDepartmentsChiefOfficer() throws Exception {
        scope.publish("training.events.v1", "EM-CHIEF", PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                .setId("EM-CHIEF").setFullName("Sian Moore").setEmail("sian.moore@eastmoor.example.gov.uk")
                .setKind(PersonKind.OFFICER).addRoles("chief-officer").setDepartment("Environment and Place")
                .setStartDate("2022-03-01").setActive(true)).build());
        Eventually.assertTrue(() -> count("SELECT count(*) FROM enquiries.officer WHERE chief_officer AND person_id = 'EM-CHIEF'") == 1,
                Duration.ofSeconds(30), "the Chief Officer copied from the roster");
        String reference = logPothole(false).get("reference").asText();   // due Thursday 7 January 2027
        try (EventProbe probe = scope.probe("enquiries.events.v1")) {
            clock.setInstant(Instant.parse("2027-01-08T09:00:00Z"));
            ConsumerRecord<String, byte[]> record = probe.await(r -> reference.equals(r.key())
                    && "councilprotocol.enquiries.v1.EnquiryEscalated".equals(new String(r.headers().lastHeader("ce_type").value())),
                    1, Duration.ofSeconds(20)).get(0);
            var escalated = EnquiryEscalated.parseFrom(record.value());
            assertThat(escalated.getChiefOfficerIdsList()).containsExactly("EM-CHIEF");
            assertThat(escalated.getOfficerIdsList()).containsExactly("EM-0205");
            JsonNode view = as("hub-aisha", "hub").get("/enquiries/" + reference).json();
            assertThat(view.get("overdue").asBoolean()).isTrue();
            assertThat(view.get("escalatedAt").asText()).startsWith("2027-01-08");
            Thread.sleep(1500); // later scans do not escalate it again
            assertThat(probe.drain(Duration.ofMillis(500)).stream().filter(r -> reference.equals(r.key())
                    && new String(r.headers().lastHeader("ce_type").value()).endsWith("EnquiryEscalated"))).hasSize(1);
        } finally {
            clock.setInstant(Instant.parse("2026-12-21T09:00:00Z"));
        }
    }

    int count(String sql) {
        try (Connection connection = scope.sql(); ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            return -1;
        }
    }

    void officer(String id, String name, String department) {
        scope.publish("training.events.v1", id, PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                .setId(id).setFullName(name).setEmail(id.toLowerCase() + "@eastmoor.example.gov.uk")
                .setKind(PersonKind.OFFICER).setDepartment(department).setStartDate("2022-03-01").setActive(true)).build());
    }

    @Test
    void anOfficerAcceptsItAndTheHubPassesItToAnotherDepartment() throws Exception {
        String reference = logPothole(false).get("reference").asText();
        var accepted = grpcAs("EM-0206", "officer", ENVIRONMENT).accept(
                AcceptRequest.newBuilder().setReference(reference).build());
        assertThat(accepted.getAssignments(0).getOfficerId()).isEqualTo("EM-0206");

        HttpCalls.Reply missing = as("hub-aisha", "hub").postJson("/enquiries/" + reference + "/reassignment", Map.of("toDepartment", "x"));
        assertThat(missing.json().get("violations").findValuesAsText("field")).contains("from_department", "reason");
        JsonNode moved = as("hub-aisha", "hub").postJson("/enquiries/" + reference + "/reassignment", Map.of(
                "fromDepartment", "Environment and Place", "toDepartment", "Adults and Communities",
                "toOfficerId", "EM-0201", "reason", "A care matter, not highways")).json();
        assertThat(moved.get("assignments").findValuesAsText("department")).containsExactly("Adults and Communities");
        assertThat(as("env-officer", "officer", ENVIRONMENT).get("/enquiries/" + reference).status()).isEqualTo(403);
        assertThat(as("adults-officer", "officer", ADULTS).get("/enquiries/" + reference).status()).isEqualTo(200);
        try (EventProbe probe = scope.probe("enquiries.events.v1")) {
            var event = EnquiryAssigned.parseFrom(probe.await(r -> reference.equals(r.key())
                    && new String(r.headers().lastHeader("ce_type").value()).endsWith("EnquiryAssigned"), 2, Duration.ofSeconds(20))
                    .get(1).value());
            assertThat(event.getOfficerIdsList()).containsExactly("EM-0201");
        }
    }

    @Test
    void anAbsentOfficersEnquiriesGoToTheirCoverAndNewOnesAreRoutedThere() {
        officer("EM-0301", "Lee Away", "Environment and Place");
        officer("EM-0302", "Kim Cover", "Environment and Place");
        Eventually.assertTrue(() -> count("SELECT count(*) FROM enquiries.officer WHERE person_id IN ('EM-0301', 'EM-0302')") == 2,
                Duration.ofSeconds(30), "officers copied from the roster");
        HttpCalls hub = as("hub-aisha", "hub");
        hub.postJson("/routing-rules", Map.of("category", "Street lighting", "department", "Environment and Place",
                "defaultOfficerId", "EM-0301"));
        Map<String, Object> streetlight = Map.of("councillorId", "CLLR-A", "channel", "email", "subject", "Streetlight out",
                "description", "Dark for a week.", "category", "Street lighting");
        String before = hub.postJson("/enquiries", streetlight).json().get("reference").asText();
        assertThat(hub.get("/enquiries/" + before).json().get("assignments").get(0).get("officerId").asText()).isEqualTo("EM-0301");

        HttpCalls.Reply bad = hub.postJson("/absences", Map.of("officerId", "EM-0301", "startsOn", "2026-12-21",
                "endsOn", "2026-12-20", "coverOfficerId", "EM-0301"));
        assertThat(bad.json().get("violations").findValuesAsText("field")).contains("ends_on", "cover_officer_id");
        HttpCalls.Reply shapeless = hub.postJson("/absences", Map.of("officerId", "EM-0301", "startsOn", "21/12/2026"));
        assertThat(shapeless.json().get("violations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("starts_on", "ends_on", "cover_officer_id");
        assertThat(hub.postJson("/routing-rules", Map.of("category", "Potholes")).json().get("violations")
                .findValuesAsText("field")).containsExactly("department");
        assertThat(as("adults-officer", "officer", ADULTS).postJson("/absences", Map.of("officerId", "EM-0301",
                "startsOn", "2026-12-21", "endsOn", "2026-12-31", "coverOfficerId", "EM-0302")).status())
                .as("another department may not").isEqualTo(403);
        JsonNode recorded = as("env-manager", "officer", ENVIRONMENT).postJson("/absences", Map.of("officerId", "EM-0301",
                "startsOn", "2026-12-21", "endsOn", "2026-12-31", "coverOfficerId", "EM-0302")).json();
        assertThat(recorded.get("enquiriesMoved").asInt()).isEqualTo(1);
        assertThat(hub.get("/enquiries/" + before).json().get("assignments").get(0).get("officerId").asText()).isEqualTo("EM-0302");
        String during = hub.postJson("/enquiries", streetlight).json().get("reference").asText();
        assertThat(hub.get("/enquiries/" + during).json().get("assignments").get(0).get("officerId").asText()).isEqualTo("EM-0302");

        // the same over gRPC, as the console and a department's HR system record them
        var absences = GrpcCalls.withToken(AbsencesGrpc.newBlockingStub(channel), scope.token("hub-aisha", "hub"));
        assertThatThrownBy(() -> absences.recordAbsence(AbsenceDraft.newBuilder().setOfficerId("EM-0302").setStartsOn("2027-01-04")
                .setEndsOn("2027-01-01").setCoverOfficerId("EM-0301").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(GrpcCalls.badRequestFields(e)).containsExactly("ends_on"));
        var kim = absences.recordAbsence(AbsenceDraft.newBuilder().setOfficerId("EM-0302").setStartsOn("2027-01-04")
                .setEndsOn("2027-01-08").setCoverOfficerId("EM-0301").build());
        assertThat(kim.getAbsence().getRecordedBy()).isEqualTo("hub-aisha");
        assertThat(absences.listAbsences(ListAbsencesRequest.getDefaultInstance()).getAbsencesList())
                .extracting(a -> a.getOfficerId() + " " + a.getStartsOn() + ".." + a.getEndsOn() + " by " + a.getCoverOfficerId())
                .contains("EM-0301 2026-12-21..2026-12-31 by EM-0302", "EM-0302 2027-01-04..2027-01-08 by EM-0301");
        assertThatThrownBy(() -> GrpcCalls.withToken(AbsencesGrpc.newBlockingStub(channel), scope.token("env-manager", "officer", ENVIRONMENT))
                .listAbsences(ListAbsencesRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));

        // Lee is back at once: his absence (begun today) is withdrawn, and new enquiries route to him again
        String lee = recorded.get("absence").get("id").asText();
        assertThat(as("adults-officer", "officer", ADULTS).post("/absences/" + lee + "/end", "application/json", "").status())
                .as("another department may not").isEqualTo(403);
        assertThat(as("env-manager", "officer", ENVIRONMENT).post("/absences/" + lee + "/end", "application/json", "").status())
                .isEqualTo(204);
        String after = hub.postJson("/enquiries", streetlight).json().get("reference").asText();
        assertThat(hub.get("/enquiries/" + after).json().get("assignments").get(0).get("officerId").asText()).isEqualTo("EM-0301");
        assertThat(hub.get("/enquiries/" + before).json().get("assignments").get(0).get("officerId").asText())
                .as("what moved stays with the cover").isEqualTo("EM-0302");
        assertThatThrownBy(() -> absences.endAbsence(EndAbsenceRequest.newBuilder().setAbsenceId("not-an-id").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(GrpcCalls.badRequestFields(e)).containsExactly("absence_id"));
    }

    static byte[] eml(String from, String subject, String body, byte[] attachment) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, "members.hub@eastmoor.example.gov.uk");
        message.setSubject(subject);
        message.setSentDate(Date.from(Instant.parse("2026-12-18T10:15:00Z")));
        var text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        var file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, "application/pdf")));
        file.setFileName("photo-of-pothole.pdf");
        message.setContent(new MimeMultipart(text, file));
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void anEmailedEnquiryIsUploadedAsItsEmlFileWithItsAttachmentsKept() throws Exception {
        byte[] pdf = "%PDF-1.4 pretend photo".getBytes(StandardCharsets.UTF_8);
        byte[] file = eml("cllr-a@eastmoor.example.gov.uk", "Pothole again on Mill Lane", "It is back and deeper.\nPlease look.", pdf);
        HttpCalls hub = as("hub-aisha", "hub");
        HttpCalls.Reply uploaded = hub.post("/enquiries/email?category=Highways", "message/rfc822", new String(file, StandardCharsets.ISO_8859_1));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode enquiry = uploaded.json();
        assertThat(enquiry.get("councillorId").asText()).isEqualTo("CLLR-A");
        assertThat(enquiry.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(enquiry.get("subject").asText()).isEqualTo("Pothole again on Mill Lane");
        assertThat(enquiry.get("description").asText()).contains("It is back and deeper.");
        assertThat(enquiry.get("receivedAt").asText()).isEqualTo("2026-12-18T10:15:00Z");
        String reference = enquiry.get("reference").asText();

        JsonNode files = hub.get("/enquiries/" + reference + "/attachments").json();
        assertThat(files.get(0).get("filename").asText()).isEqualTo("photo-of-pothole.pdf");
        assertThat(files.get(0).get("sizeBytes").asInt()).isEqualTo(pdf.length);
        HttpCalls.Reply download = as("env-officer", "officer", ENVIRONMENT).get("/enquiries/" + reference + "/attachments/" + files.get(0).get("id").asText());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(pdf, StandardCharsets.UTF_8));
        assertThat(as("CLLR-A", "councillor").get("/enquiries/" + reference + "/attachments").status()).isEqualTo(403);

        HttpCalls.Reply stranger = hub.post("/enquiries/email?category=Highways", "message/rfc822",
                new String(eml("someone@example.com", "Hello", "Hi", pdf), StandardCharsets.ISO_8859_1));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().get("violations").get(0).get("field").asText()).isEqualTo("from");
        assertThat(as("CLLR-A", "councillor").post("/enquiries/email?category=Highways", "message/rfc822",
                new String(file, StandardCharsets.ISO_8859_1)).status()).isEqualTo(403);

        // The same over gRPC, as the web console uploads it.
        var overGrpc = grpcAs("hub-aisha", "hub").logEmailedEnquiry(LogEmailedEnquiryRequest
                .newBuilder().setEml(com.google.protobuf.ByteString.copyFrom(file)).setCategory("Highways").build());
        assertThat(overGrpc.getCouncillorId()).isEqualTo("CLLR-A");
        assertThat(overGrpc.getSubject()).isEqualTo("Pothole again on Mill Lane");
        assertThatThrownBy(() -> grpcAs("hub-aisha", "hub").logEmailedEnquiry(LogEmailedEnquiryRequest
                .newBuilder().setEml(com.google.protobuf.ByteString.copyFrom(eml("someone@example.com", "Hello", "Hi", pdf)))
                .setCategory("Highways").build()))
                .isInstanceOfSatisfying(io.grpc.StatusRuntimeException.class, e -> assertThat(GrpcCalls.badRequestFields(e)).containsExactly("from"));
    }
}
