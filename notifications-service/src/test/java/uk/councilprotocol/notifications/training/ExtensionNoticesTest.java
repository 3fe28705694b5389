package uk.councilprotocol.notifications.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.Assignment;
import uk.councilprotocol.contracts.training.v1.AssignmentDueDateChanged;
import uk.councilprotocol.contracts.training.v1.AssignmentReopened;
import uk.councilprotocol.contracts.training.v1.AssignmentStatus;
import uk.councilprotocol.contracts.training.v1.ExtensionDecided;
import uk.councilprotocol.contracts.training.v1.ExtensionRequest;
import uk.councilprotocol.contracts.training.v1.ExtensionRequested;
import uk.councilprotocol.contracts.training.v1.ExtensionStatus;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.TestScope;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.councilprotocol.notifications.TrainingEvents.TOPIC;

/**
 * A request for more time (and a reopened assignment), from training-service's events to the emails as the SMTP server receives them: the line
 * manager is asked, the person hears the decision with the manager copied, and an approved date re-plans the
 * assignment's reminders.
 */
// Due dates follow the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
class ExtensionNoticesTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    EmbeddedServer server;
    @Inject
    Clock clock;

    final TestScope scope = TestScope.of(getClass());

    JsonNode remindersOf(String assignmentId, Predicate<JsonNode> until) {
        HttpCalls hr = new HttpCalls(server.getURL().toString()).as(scope.token("hr-amy", "hr"));
        return Eventually.get(() -> {
            JsonNode list = hr.get("/reminders?subjectId=" + assignmentId).json();
            return until.test(list) ? list : null;
        }, Duration.ofSeconds(20), () -> "reminders for " + assignmentId);
    }

    static ExtensionRequest.Builder request(String assignmentId, String personId, String approverId, LocalDate due, LocalDate wanted) {
        return ExtensionRequest.newBuilder().setId(UUID.randomUUID().toString()).setAssignmentId(assignmentId)
                .setPersonId(personId).setPersonName("Pat Person").setCourseCode("NOLAN_PRINCIPLES")
                .setCourseTitle("Nolan Principles of Public Life").setCurrentDueDate(due.toString())
                .setRequestedDueDate(wanted.toString()).setReason("On jury service for six weeks")
                .setStatus(ExtensionStatus.PENDING).setApproverId(approverId == null ? "" : approverId)
                .setApproverRole(approverId == null ? "HR" : "line manager").setRequestedBy(personId)
                .setRequestedAt("2026-01-01T09:00:00Z");
    }

    @Test
    void theManagerIsAskedThePersonHearsTheApprovalAndTheRemindersFollowTheNewDate() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String person = "ext-" + tag;
        String manager = "mgr-" + tag;
        String assignment = UUID.randomUUID().toString();
        LocalDate due = LocalDate.now(clock).plusDays(40);
        LocalDate wanted = due.plusDays(30);
        scope.publish(TOPIC, manager, TrainingEvents.person(manager, "Mo Manager", manager + "@example.gov.uk", null));
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Pat Person", person + "@example.gov.uk", manager));
        scope.publish(TOPIC, person, TrainingEvents.assignment(assignment, person, due));
        remindersOf(assignment, list -> list.size() == 4);

        ExtensionRequest.Builder asked = request(assignment, person, manager, due, wanted);
        scope.publish(TOPIC, person, ExtensionRequested.newBuilder().setRequest(asked).build());
        MimeMessage toManager = scope.mail().awaitMailbox(manager + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(toManager.getSubject()).isEqualTo("Request for more time: Pat Person, Nolan Principles of Public Life");
        assertThat(MailServer.plainText(toManager)).contains("Dear Mo Manager")
                .contains("to " + Letter.longDate(wanted) + " instead of " + Letter.longDate(due))
                .contains("Their reason: On jury service for six weeks").contains("As their line manager");
        assertThat(scope.mail().mailbox(person + "@example.gov.uk")).as("asking sends the person nothing").isEmpty();

        scope.publish(TOPIC, person, AssignmentDueDateChanged.newBuilder().setAssignment(Assignment.newBuilder()
                .setId(assignment).setPersonId(person).setCourseCode("NOLAN_PRINCIPLES").setDueDate(wanted.toString())
                .setAssignedOn(due.minusDays(90).toString()).setStatus(AssignmentStatus.OPEN))
                .setPreviousDueDate(due.toString()).setReason("more time approved by " + manager).build());
        JsonNode replanned = remindersOf(assignment, list -> list.size() == 8);
        assertThat(replanned.findValuesAsText("status")).as("the old date's four cancelled, the new date's four planned")
                .containsOnly("CANCELLED", "PENDING");
        for (JsonNode reminder : replanned) {
            if (reminder.get("status").asText().equals("PENDING")) {
                assertThat(reminder.get("deadline").asText()).isEqualTo(wanted.toString());
            }
        }
        assertThat(replanned.findValuesAsText("sendAt"))
                .contains(wanted.minusDays(30).atTime(8, 0).atZone(LONDON).toInstant().toString());

        ExtensionDecided approved = ExtensionDecided.newBuilder().setRequest(asked.clone().setStatus(ExtensionStatus.APPROVED)
                .setDecidedBy(manager).setDecidedAt("2026-01-02T10:00:00Z").setDecisionNote("Fine; book the spring session")).build();
        scope.publish(TOPIC, person, approved);
        MimeMessage toPerson = scope.mail().awaitMailbox(person + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(toPerson.getSubject()).isEqualTo("More time approved: Nolan Principles of Public Life is now due by "
                + Letter.longDate(wanted));
        assertThat(MailServer.addressedTo(toPerson, manager + "@example.gov.uk")).as("the manager copied").isTrue();
        assertThat(MailServer.plainText(toPerson)).contains("The note with the decision: Fine; book the spring session")
                .contains("Your line manager, Mo Manager, has been copied.");

        scope.publish(TOPIC, person, approved);   // published again (a relay's retry under a new event id): told once
        Thread.sleep(1500);
        assertThat(scope.mail().mailbox(person + "@example.gov.uk")).hasSize(1);
    }

    /** Not a request for more time, but the other way a due date comes back: a withdrawn completion reopens it. */
    @Test
    void aReopenedAssignmentIsRemindedAgainForItsOldDate() {
        String person = "reo-" + UUID.randomUUID().toString().substring(0, 8);
        String assignment = UUID.randomUUID().toString();
        LocalDate due = LocalDate.now(clock).plusDays(40);
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Pat Person", person + "@example.gov.uk", null));
        scope.publish(TOPIC, person, TrainingEvents.assignment(assignment, person, due));
        scope.publish(TOPIC, person, TrainingEvents.completion(assignment, person, LocalDate.now(clock)));
        remindersOf(assignment, list -> list.size() == 4 && list.findValuesAsText("status").stream().allMatch("CANCELLED"::equals));

        scope.publish(TOPIC, person, AssignmentReopened.newBuilder().setAssignment(Assignment.newBuilder()
                        .setId(assignment).setPersonId(person).setCourseCode("NOLAN_PRINCIPLES").setDueDate(due.toString())
                        .setAssignedOn(due.minusDays(90).toString()).setStatus(AssignmentStatus.OPEN))
                .setPersonName("Pat Person").setCourseTitle("Nolan Principles of Public Life")
                .setReason("the completion that fulfilled it was withdrawn: wrong person").setReopenedAt("2026-06-01T10:00:00Z").build());
        JsonNode again = remindersOf(assignment, list -> list.size() == 8);
        List<String> pending = new java.util.ArrayList<>();
        again.forEach(r -> {
            if (r.get("status").asText().equals("PENDING")) {
                pending.add(r.get("kind").asText() + " " + r.get("sendAt").asText());
            }
        });
        assertThat(pending).as("the four planned afresh, for the date it was due").hasSize(4)
                .contains("DUE_IN_7_DAYS " + due.minusDays(7).atTime(8, 0).atZone(LONDON).toInstant());
    }

    @Test
    void aRequestWithNoApproverIsSentToHrsPeople() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String person = "solo-" + tag;
        String hr = "od-" + tag;
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Pat Person", person + "@example.gov.uk", null));
        scope.publish(TOPIC, hr, PersonRegistered.newBuilder().setPerson(TrainingEvents.person(hr, "Olu Development",
                hr + "@example.gov.uk", null).getPerson().toBuilder().addRoles("hr")).build());
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.contact WHERE person_id IN ('" + person
                + "', '" + hr + "')") == 2, Duration.ofSeconds(20), "both known");
        LocalDate due = LocalDate.now(clock).plusDays(20);
        scope.publish(TOPIC, person, ExtensionRequested.newBuilder().setRequest(request(UUID.randomUUID().toString(), person, null,
                due, due.plusDays(30))).build());

        MimeMessage asked = scope.mail().awaitMailbox(hr + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(asked.getSubject()).isEqualTo("Request for more time: Pat Person, Nolan Principles of Public Life");
        assertThat(MailServer.plainText(asked)).contains("Their reason: On jury service for six weeks",
                "no line manager or group leader on the roster, so HR decides");
        assertThat(scope.mail().mailbox(person + "@example.gov.uk")).as("not the person who asked").isEmpty();
    }

    @Test
    void aDeclineByHrTellsThePersonTheDateStandsAndWhy() throws Exception {
        String person = "dec-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate due = LocalDate.now(clock).plusDays(20);
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Pat Person", person + "@example.gov.uk", null));
        ExtensionRequest.Builder asked = request(UUID.randomUUID().toString(), person, null, due, due.plusDays(60));
        scope.publish(TOPIC, person, ExtensionRequested.newBuilder().setRequest(asked).build());
        scope.publish(TOPIC, person, ExtensionDecided.newBuilder().setRequest(asked.clone().setStatus(ExtensionStatus.DECLINED)
                .setDecidedBy("hr-amy").setDecisionNote("Sessions run every fortnight")).build());

        MimeMessage declined = scope.mail().awaitMailbox(person + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(declined.getSubject()).isEqualTo("More time declined: Nolan Principles of Public Life is still due by "
                + Letter.longDate(due));
        assertThat(declined.getAllRecipients()).as("no approver to copy").hasSize(1);
        assertThat(MailServer.plainText(declined)).contains("was declined, so it is still due by " + Letter.longDate(due))
                .contains("The note with the decision: Sessions run every fortnight");
    }
}
