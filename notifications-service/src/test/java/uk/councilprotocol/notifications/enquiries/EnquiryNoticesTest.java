package uk.councilprotocol.notifications.enquiries;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryResponded;
import uk.councilprotocol.contracts.enquiries.v1.HoldingReplyRecorded;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.format.DateTimeFormatter;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryAssigned;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryEscalated;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryReclassified;
import java.util.Locale;
import uk.councilprotocol.testkit.MailServer;

/** A Councillor enquiry's emails, asserted at the SMTP server, as enquiries-service's events arrive. */
// Its outcome depends on the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
class EnquiryNoticesTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String TOPIC = "enquiries.events.v1";

    @Inject
    EmbeddedServer server;
    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());

    @AfterEach
    void resetClock() {
        clock.reset();
    }


    @Test
    void acknowledgementAssignmentRemindersHoldingReplyAndResponse() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "cllr-" + id;
        String officer = "off-" + id;
        String reference = "MEM-26-" + id.substring(0, 4);
        scope.publish("training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Ann Asker", councillor + "@example.gov.uk", null));
        scope.publish("training.events.v1", officer, TrainingEvents.person(officer, "Omar Officer", officer + "@example.gov.uk", null));
        String copied = "cllr-copy-" + id;
        scope.publish("training.events.v1", copied, TrainingEvents.person(copied, "Cllr Cora Copied", copied + "@example.gov.uk", null));
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.plusDays(20);
        LocalDate remindOn = due.minusDays(2);
        scope.publish(TOPIC, reference, EnquiryLogged.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setSubject("Streetlight out on Mill Lane").setCategory("Highways").addDepartments("Environment and Place")
                .addOfficerIds(officer).setReceivedAt(Protos.timestamp(clock.instant())).setDueDate(due.toString())
                .setResponseWorkingDays(10).setOfficerReminderDate(remindOn.toString()).addCirculation(copied).build());

        MimeMessage ack = scope.mail().awaitMailbox(councillor + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(ack.getSubject()).isEqualTo("Your enquiry " + reference + " has been received");
        String ackText = MailServer.plainText(ack);
        assertThat(ackText).contains("Streetlight out on Mill Lane").contains(due.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)))
                .contains("is due by " + due.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)) + ", within 10 working days of receipt.").doesNotContain("provisional");
        MimeMessage assigned = scope.mail().awaitMailbox(officer + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(assigned.getSubject()).startsWith("Councillor enquiry " + reference + " assigned to you");

        clock.setInstant(remindOn.atTime(LocalTime.of(8, 0, 30)).atZone(LONDON).toInstant());
        MimeMessage soon = scope.mail().awaitMailbox(officer + "@example.gov.uk", 2, Duration.ofSeconds(20)).get(1);
        assertThat(soon.getSubject()).isEqualTo("Councillor enquiry " + reference + ": response due in 2 working days");

        LocalDate newDue = due.plusDays(14);
        scope.publish(TOPIC, reference, HoldingReplyRecorded.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setReason("Awaiting the contractor's survey").setActionBeingTaken("Survey booked").setNewDueDate(newDue.toString())
                .setOriginalDueDate(due.toString()).setOfficerReminderDate(newDue.minusDays(2).toString()).setRecordedBy(officer).build());
        MimeMessage holding = scope.mail().awaitMailbox(councillor + "@example.gov.uk", 2, Duration.ofSeconds(20)).get(1);
        String holdingText = MailServer.plainText(holding);
        assertThat(holdingText).contains("Awaiting the contractor's survey").contains("Survey booked");

        JsonNode reminders = Eventually.get(() -> {
            JsonNode list = new HttpCalls(server.getURL().toString()).as(scope.token("hr", "hr")).get("/reminders?subjectId=" + reference).json();
            return list.size() >= 7 ? list : null;
        }, Duration.ofSeconds(20), () -> "rescheduled reminders");
        assertThat(statusOf(reminders, "DUE_TODAY", due)).isEqualTo("CANCELLED");
        assertThat(statusOf(reminders, "DUE_TODAY", newDue)).isEqualTo("PENDING");

        scope.publish(TOPIC, reference, EnquiryResponded.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setRespondedAt(Protos.timestamp(clock.instant())).setRespondedBy(officer).setOnTime(true)
                .setResponse("The gully on Mill Lane was cleared on Tuesday.\n\nIt is now on the quarterly cleaning round.").build());
        MimeMessage answered = scope.mail().awaitMailbox(councillor + "@example.gov.uk", 3, Duration.ofSeconds(20)).get(2);
        assertThat(answered.getSubject()).isEqualTo("Your enquiry " + reference + " has been answered");
        assertThat(MailServer.plainText(answered)).as("the response itself, not only that it was sent")
                .contains("The response:", "The gully on Mill Lane was cleared on Tuesday.", "It is now on the quarterly cleaning round.")
                .contains("As your enquiry's circulation list asked, this response is copied to Cllr Cora Copied.");
        assertThat(MailServer.addressedTo(answered, copied + "@example.gov.uk")).as("9.1.14: the circulation list copied").isTrue();
        assertThat(scope.mail().mailbox(copied + "@example.gov.uk")).as("only the response, not the acknowledgement or holding reply")
                .extracting(MimeMessage::getSubject).containsExactly("Your enquiry " + reference + " has been answered");

        clock.setInstant(newDue.atTime(LocalTime.of(9, 0)).atZone(LONDON).toInstant());
        Thread.sleep(1500);
        assertThat(scope.mail().mailbox(officer + "@example.gov.uk")).as("no reminders after the response").hasSize(2);
    }

    @Test
    void aDepartmentWithNoOfficerNamedIsAskedToNameOne() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "cllr-" + id;
        String chief = "chief-" + id;
        scope.publish("training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Nia Asker", councillor + "@example.gov.uk", null));
        scope.publish("training.events.v1", chief, TrainingEvents.person(chief, "Rhian Price", chief + "@example.gov.uk", null));
        String reference = "MEM-26-" + id.substring(0, 4);
        LocalDate due = LocalDate.now(clock).plusDays(14);
        scope.publish(TOPIC, reference, EnquiryLogged.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setSubject("Care visit missed").setCategory("Adult social care").addDepartments("Adults and Communities")
                .setReceivedAt(Protos.timestamp(clock.instant())).setDueDate(due.toString())
                .setOfficerReminderDate(due.minusDays(2).toString()).addUnnamedDepartmentChiefIds(chief).build());
        MimeMessage asked = scope.mail().awaitMailbox(chief + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(asked.getSubject()).isEqualTo("Councillor enquiry " + reference + " needs an officer in your department");
        assertThat(MailServer.plainText(asked)).contains("routed to your department with no officer named", "Care visit missed",
                "escalated to you (protocol 9.1.9)");
    }

    @Test
    void aConfidentialEnquiryIsNamedByItsReferenceAlone() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "cllr-" + id;
        scope.publish("training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Bea Private", councillor + "@example.gov.uk", null));
        String reference = "MEM-26-" + id.substring(4);
        LocalDate due = LocalDate.now(clock).plusDays(14);
        scope.publish(TOPIC, reference, EnquiryLogged.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setSubject("Safeguarding concern at 4 Elm Road").setConfidential(true).setCategory("Adult social care")
                .setReceivedAt(Protos.timestamp(clock.instant())).setDueDate(due.toString()).setOfficerReminderDate(due.minusDays(2).toString()).build());
        MimeMessage ack = scope.mail().awaitMailbox(councillor + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        String text = MailServer.plainText(ack);
        assertThat(text).contains(reference + " [CONFIDENTIAL]").doesNotContain("Elm Road").doesNotContain("Safeguarding concern")
                .as("an event that did not say the council's promise: no number guessed").doesNotContain("working days of receipt");

        // a holding reply: enquiries-service sends no reasons for a confidential enquiry, and the email says where they are
        scope.publish(TOPIC, reference, HoldingReplyRecorded.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setNewDueDate(due.plusDays(7).toString()).setOriginalDueDate(due.toString())
                .setOfficerReminderDate(due.plusDays(5).toString()).setRecordedBy("officer").build());
        MimeMessage held = scope.mail().awaitMailbox(councillor + "@example.gov.uk", 2, Duration.ofSeconds(20)).get(1);
        assertThat(MailServer.plainText(held)).contains("the reason for the delay and the action being taken are not repeated")
                .doesNotContain("Reason for the delay:");

        // answered: enquiries-service sends no text for a confidential enquiry, and the email says where to read it
        scope.publish(TOPIC, reference, EnquiryResponded.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setRespondedAt(Protos.timestamp(clock.instant())).setRespondedBy("officer").setOnTime(true).build());
        MimeMessage answered = scope.mail().awaitMailbox(councillor + "@example.gov.uk", 3, Duration.ofSeconds(20)).get(2);
        assertThat(MailServer.plainText(answered)).contains("As the enquiry is confidential, the response is not repeated in this email")
                .doesNotContain("The response:").doesNotContain("Elm Road");
    }

    @Test
    void theAcknowledgementGivesTheCouncilsOwnPromiseAndSaysWhenTheDateIsProvisional() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "cllr-" + id;
        scope.publish("training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Fay Future", councillor + "@example.gov.uk", null));
        String reference = "MEM-26-" + id.substring(2, 6);
        LocalDate due = LocalDate.now(clock).plusDays(21);
        scope.publish(TOPIC, reference, EnquiryLogged.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setSubject("Gritting rota").setCategory("Roads").setReceivedAt(Protos.timestamp(clock.instant()))
                .setDueDate(due.toString()).setOfficerReminderDate(due.minusDays(2).toString())
                .setResponseWorkingDays(15).setDeadlineProvisional(true).build());
        String text = MailServer.plainText(scope.mail().awaitMailbox(councillor + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0));
        assertThat(text).contains("within 15 working days of receipt")
                .contains("This date is provisional: the council's calendar of bank holidays does not cover that year yet");
    }

    @Test
    void anOverdueEnquiryIsEscalatedToTheChiefOfficerWithTheOfficerCopied() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "cllr-" + id;
        String officer = "off-" + id;
        String chief = "chief-" + id;
        for (String[] p : new String[][]{{councillor, "Cllr Cy Slow"}, {officer, "Olu Officer"}, {chief, "Sian Moore"}}) {
            scope.publish("training.events.v1", p[0], TrainingEvents.person(p[0], p[1], p[0] + "@example.gov.uk", null));
        }
        String reference = "MEM-26-" + id.substring(2, 6);
        LocalDate due = LocalDate.now(clock).minusDays(1);
        scope.publish(TOPIC, reference, EnquiryLogged.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setSubject("Overgrown footpath").setCategory("Highways").addDepartments("Environment and Place")
                .addOfficerIds(officer).setReceivedAt(Protos.timestamp(clock.instant())).setDueDate(due.toString())
                .setOfficerReminderDate(due.minusDays(2).toString()).build());
        scope.publish(TOPIC, reference, EnquiryEscalated.newBuilder()
                .setReference(reference).setCouncillorId(councillor).addDepartments("Environment and Place")
                .addChiefOfficerIds(chief).addOfficerIds(officer).setDueDate(due.toString()).build());

        MimeMessage escalation = scope.mail().awaitMailbox(chief + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(escalation.getSubject()).isEqualTo("Escalation: Councillor enquiry " + reference + " is overdue");
        assertThat(MailServer.addressedTo(escalation, officer + "@example.gov.uk")).as("officer copied").isTrue();
    }

    @Test
    void aReassignedEnquiryRemindsTheNewOfficerAndNoLongerTheOld() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "cllr-" + id;
        String first = "first-" + id;
        String second = "second-" + id;
        for (String p : List.of(councillor, first, second)) {
            scope.publish("training.events.v1", p, TrainingEvents.person(p, "Person " + p, p + "@example.gov.uk", null));
        }
        String reference = "MEM-26-R" + id.substring(0, 3);
        LocalDate due = LocalDate.now(clock).plusDays(20);
        scope.publish(TOPIC, reference, EnquiryLogged.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setSubject("Noise from the depot").setCategory("Environment").addDepartments("Environment and Place")
                .addOfficerIds(first).setReceivedAt(Protos.timestamp(clock.instant())).setDueDate(due.toString())
                .setOfficerReminderDate(due.minusDays(2).toString()).build());
        scope.mail().awaitMailbox(first + "@example.gov.uk", 1, Duration.ofSeconds(20));
        scope.publish(TOPIC, reference, EnquiryAssigned.newBuilder()
                .setReference(reference).addDepartments("Environment and Place").addOfficerIds(second)
                .setDueDate(due.toString()).setOfficerReminderDate(due.minusDays(2).toString()).setReason("covering").build());
        MimeMessage notice = scope.mail().awaitMailbox(second + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(notice.getSubject()).startsWith("Councillor enquiry " + reference + " assigned to you");

        clock.setInstant(due.minusDays(2).atTime(LocalTime.of(8, 1)).atZone(LONDON).toInstant());
        scope.mail().awaitMailbox(second + "@example.gov.uk", 2, Duration.ofSeconds(20));
        Thread.sleep(1000);
        assertThat(scope.mail().mailbox(first + "@example.gov.uk")).as("the first officer is no longer reminded").hasSize(1);
    }

    @Test
    void aReclassifiedEnquiryStopsTheOfficersReminders() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "cllr-" + id;
        String officer = "off-" + id;
        for (String p : List.of(councillor, officer)) {
            scope.publish("training.events.v1", p, TrainingEvents.person(p, "Person " + p, p + "@example.gov.uk", null));
        }
        String reference = "MEM-26-C" + id.substring(0, 3);
        LocalDate due = LocalDate.now(clock).plusDays(20);
        scope.publish(TOPIC, reference, EnquiryLogged.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setSubject("Complaint about a contractor").setCategory("Highways").addDepartments("Environment and Place")
                .addOfficerIds(officer).setReceivedAt(Protos.timestamp(clock.instant())).setDueDate(due.toString())
                .setOfficerReminderDate(due.minusDays(2).toString()).build());
        HttpCalls hr = new HttpCalls(server.getURL().toString()).as(scope.token("hr", "hr"));
        Eventually.assertTrue(() -> hr.get("/reminders?subjectId=" + reference).json().size() == 4, Duration.ofSeconds(20),
                "acknowledgement, assignment and the officer's two reminders planned");
        scope.publish(TOPIC, reference, EnquiryReclassified.newBuilder()
                .setReference(reference).setCouncillorId(councillor).setComplaintReference("COMP-2026-0099").build());
        Eventually.assertTrue(() -> statusOf(hr.get("/reminders?subjectId=" + reference).json(), "DUE_SOON", due).equals("CANCELLED")
                        && statusOf(hr.get("/reminders?subjectId=" + reference).json(), "DUE_TODAY", due).equals("CANCELLED"),
                Duration.ofSeconds(20), "the officer's reminders cancelled by the reclassification");
    }

    /** The status of the reminder of this kind about this deadline: kind and deadline are fields of their own. */
    static String statusOf(JsonNode reminders, String kind, Object deadline) {
        for (JsonNode r : reminders) {
            if (r.get("kind").asText().equals(kind) && r.path("deadline").asText().equals(deadline.toString())) {
                return r.get("status").asText();
            }
        }
        return "missing " + kind + " about " + deadline + " in " + reminders;
    }

}
