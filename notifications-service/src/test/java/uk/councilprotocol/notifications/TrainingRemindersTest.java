package uk.councilprotocol.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.notifications.reminders.Reminder;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.EventSender;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.TestScope;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.councilprotocol.notifications.TrainingEvents.TOPIC;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;

// Its outcome depends on the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
class TrainingRemindersTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    EmbeddedServer server;
    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    HttpCalls http() {
        return new HttpCalls(server.getURL().toString()).as(scope.token("hr-amy", "hr"));
    }

    void moveClockTo(LocalDate day, LocalTime time) {
        clock.setInstant(day.atTime(time).atZone(LONDON).toInstant());
    }

    JsonNode remindersOf(String assignmentId, int expected) {
        return Eventually.get(() -> {
            JsonNode list = http().get("/reminders?subjectId=" + assignmentId).json();
            return list.size() == expected ? list : null;
        }, Duration.ofSeconds(20), () -> "reminders for " + assignmentId);
    }

    @Test
    void remindsBeforeTheDueDateThenCopiesTheLineManagerWhenOverdue() throws Exception {
        String person = "rem-" + UUID.randomUUID();
        String manager = "mgr-" + UUID.randomUUID();
        String assignment = UUID.randomUUID().toString();
        LocalDate due = LocalDate.now(clock).plusDays(40);
        scope.publish(TOPIC, manager, TrainingEvents.person(manager, "Mo Manager", manager + "@example.gov.uk", null));
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Pat Person", person + "@example.gov.uk", manager));
        scope.publish(TOPIC, person, TrainingEvents.assignment(assignment, person, due));

        JsonNode reminders = remindersOf(assignment, 4);
        assertThat(reminders.findValuesAsText("kind"))
                .containsExactly("DUE_IN_30_DAYS", "DUE_IN_7_DAYS", "DUE_IN_1_DAY", "OVERDUE");
        assertThat(reminders.findValuesAsText("status")).containsOnly("PENDING");
        assertThat(reminders.get(0).get("sendAt").asText())
                .isEqualTo(due.minusDays(30).atTime(8, 0).atZone(LONDON).toInstant().toString());

        moveClockTo(due.minusDays(30), LocalTime.of(8, 0, 30));
        MimeMessage first = scope.mail().awaitMailbox(person + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(first.getSubject()).isEqualTo("Reminder: Nolan Principles of Public Life is due by "
                + due.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)));
        assertThat(first.getAllRecipients()).hasSize(1);
        MimeMultipart parts = (MimeMultipart) first.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("Dear Pat Person").contains("in 30 days");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        // the due date for the person's calendar: an all-day event they are asked nothing about, named for the assignment
        assertThat(parts.getBodyPart(2).getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        String invite = MailServer.calendar(first).orElseThrow();
        assertThat(invite).contains("METHOD:REQUEST", "UID:training-assignment-" + assignment + "@council-protocol",
                "DTSTART;VALUE=DATE:" + due.format(DateTimeFormatter.BASIC_ISO_DATE),
                "DTEND;VALUE=DATE:" + due.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE),
                "SUMMARY:Mandatory training due: Nolan Principles of Public Life", "TRANSP:TRANSPARENT",
                "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:" + person + "@example.gov.uk");

        // Past the due date: the 7-day reminder was sent at its time; the 1-day one is stale and skipped;
        // the overdue one goes to the person with the line manager copied.
        moveClockTo(due.minusDays(7), LocalTime.of(9, 0));
        MimeMessage second = scope.mail().awaitMailbox(person + "@example.gov.uk", 2, Duration.ofSeconds(20)).get(1);
        String update = MailServer.calendar(second).orElseThrow();
        assertThat(update).as("the same event, updated").contains("UID:training-assignment-" + assignment + "@council-protocol");
        assertThat(sequence(update)).isGreaterThan(sequence(invite));
        moveClockTo(due.plusDays(1), LocalTime.of(8, 5));
        List<MimeMessage> all = scope.mail().awaitMailbox(person + "@example.gov.uk", 3, Duration.ofSeconds(20));
        MimeMessage overdue = all.get(2);
        assertThat(overdue.getSubject()).startsWith("Overdue: Nolan Principles of Public Life");
        assertThat(MailServer.calendar(overdue)).as("no calendar event for a date gone by").isEmpty();
        assertThat(MailServer.addressedTo(overdue, manager + "@example.gov.uk")).isTrue();
        // One message, copied: the SMTP server files it in each recipient's mailbox in turn, so wait for the copy.
        assertThat(scope.mail().awaitMailbox(manager + "@example.gov.uk", 1, Duration.ofSeconds(10))).hasSize(1);
        Eventually.assertTrue(() -> http().get("/reminders?subjectId=" + assignment).json()
                .findValuesAsText("status").equals(List.of("SENT", "SENT", "SKIPPED", "SENT")), Duration.ofSeconds(10),
                "reminder statuses after the overdue mail");
        Thread.sleep(1000);
        assertThat(scope.mail().mailbox(person + "@example.gov.uk")).hasSize(3);

        JsonNode log = http().get("/mail/sent?limit=50").json();
        assertThat(log.findValuesAsText("recipient")).contains(person + "@example.gov.uk");
    }

    /** A Wednesday mid-morning, in the sending hours: an overdue notice planned now goes at once. */
    static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 3);

    JsonNode overdueNotice(String assignment) {
        return Eventually.get(() -> {
            for (JsonNode reminder : http().get("/reminders?subjectId=" + assignment).json()) {
                if (reminder.get("kind").asText().equals("OVERDUE")) {
                    return reminder;
                }
            }
            return null;
        }, Duration.ofSeconds(20), () -> "the overdue notice of " + assignment);
    }

    /** An officer with a line manager the service has not heard of, and training two days overdue: its notice is due now. */
    String overdueWithUnknownManager(String person, String manager) {
        moveClockTo(WEDNESDAY, LocalTime.of(10, 0));
        String assignment = UUID.randomUUID().toString();
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Pat Person", person + "@example.gov.uk", manager));
        scope.publish(TOPIC, person, TrainingEvents.assignment(assignment, person, WEDNESDAY.minusDays(2)));
        Eventually.assertTrue(() -> Reminder.AWAITING_COPIED.equals(overdueNotice(assignment).path("lastError").asText()),
                Duration.ofSeconds(20), "the overdue notice waiting for the manager's details");
        assertThat(scope.mail().mailbox(person + "@example.gov.uk")).as("not sent meanwhile").isEmpty();
        return assignment;
    }

    /**
     * The manager's PersonRegistered may be read after the notice fell due (their id keys another partition): the
     * notice waits for their details rather than go out without the copy.
     */
    @Test
    void anOverdueNoticeWaitsForTheLineManagersDetailsThenCopiesThem() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String person = "late-" + tag;
        String manager = "mgr-late-" + tag;
        overdueWithUnknownManager(person, manager);

        scope.publish(TOPIC, manager, TrainingEvents.person(manager, "Mo Manager", manager + "@example.gov.uk", null));
        MimeMessage overdue = scope.mail().awaitMailbox(person + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(overdue.getSubject()).startsWith("Overdue: Nolan Principles of Public Life");
        assertThat(MailServer.addressedTo(overdue, manager + "@example.gov.uk")).as("the manager copied").isTrue();
        assertThat(MailServer.plainText(overdue)).contains("Your line manager, Mo Manager, has been copied.");
    }

    /** A manager who never arrives (not on the roster) delays the person's own notice a quarter of an hour, no more. */
    @Test
    void anOverdueNoticeGoesWithoutTheCopyWhenTheManagersDetailsNeverCome() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String person = "alone-" + tag;
        String assignment = overdueWithUnknownManager(person, "mgr-gone-" + tag);

        moveClockTo(WEDNESDAY, LocalTime.of(10, 16));
        MimeMessage overdue = scope.mail().awaitMailbox(person + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(overdue.getAllRecipients()).as("the person alone").hasSize(1);
        assertThat(MailServer.plainText(overdue)).doesNotContain("has been copied");
        Eventually.assertTrue(() -> "SENT".equals(overdueNotice(assignment).get("status").asText()), Duration.ofSeconds(10), "sent");
    }

    static int sequence(String ics) {
        return Integer.parseInt(ics.lines().filter(line -> line.startsWith("SEQUENCE:")).findFirst().orElseThrow().substring(9).strip());
    }

    @Test
    void aCouncillorsOverdueTrainingIsCopiedToTheirGroupLeader() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String leader = "lead-" + tag;
        String councillor = "cllr-" + tag;
        for (String[] p : new String[][]{{leader, "Cllr Lee Leader", "group-leader"}, {councillor, "Cllr Cat Member", "planning-committee"}}) {
            scope.publish(TOPIC, p[0], PersonRegistered.newBuilder().setPerson(
                    Person.newBuilder().setId(p[0]).setFullName(p[1])
                            .setEmail(p[0] + "@example.gov.uk").setKind(PersonKind.COUNCILLOR)
                            .addRoles(p[2]).setPoliticalGroup("Green Group " + tag).setStartDate("2023-05-08").setActive(true)).build());
        }
        String assignment = UUID.randomUUID().toString();
        LocalDate due = LocalDate.now(clock).plusDays(3);
        scope.publish(TOPIC, councillor, TrainingEvents.assignment(assignment, councillor, due));
        remindersOf(assignment, 4);

        moveClockTo(due.plusDays(1), LocalTime.of(8, 5));
        // the reminders that fell due meanwhile may arrive first: wait for the overdue one itself
        MimeMessage overdue = Eventually.get(() -> scope.mail().mailbox(councillor + "@example.gov.uk").stream()
                .filter(m -> { try { return m.getSubject().startsWith("Overdue"); } catch (Exception e) { return false; } })
                .findFirst().orElse(null), Duration.ofSeconds(20), () -> "the overdue email");
        assertThat(MailServer.addressedTo(overdue, leader + "@example.gov.uk")).as("the group leader copied").isTrue();
        assertThat(MailServer.plainText(overdue))
                .contains("Your group leader, Cllr Lee Leader, has been copied.");
    }

    /** Once a reminder has put the due date in someone's calendar, more time moves the event and completion takes it out, at once. */
    @Test
    void theCalendarEventMovesWithMoreTimeAndGoesOnCompletion() throws Exception {
        String person = "cal-" + UUID.randomUUID();
        String assignment = UUID.randomUUID().toString();
        String email = person + "@example.gov.uk";
        LocalDate due = LocalDate.now(clock).plusDays(40);
        LocalDate later = due.plusDays(14);
        String uid = "UID:training-assignment-" + assignment + "@council-protocol";
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Cal Endar", email, null));
        scope.publish(TOPIC, person, TrainingEvents.assignment(assignment, person, due));
        remindersOf(assignment, 4);
        moveClockTo(due.minusDays(30), LocalTime.of(8, 0, 30));
        String first = MailServer.calendar(scope.mail().awaitMailbox(email, 1, Duration.ofSeconds(20)).get(0)).orElseThrow();

        moveClockTo(due.minusDays(29), LocalTime.of(19, 30));   // an evening, outside the sending hours: it still goes at once
        scope.publish(TOPIC, person, TrainingEvents.dueDateChanged(assignment, person, due, later));
        MimeMessage moved = scope.mail().awaitMailbox(email, 2, Duration.ofSeconds(20)).get(1);
        assertThat(moved.getSubject()).isEqualTo("New due date: Nolan Principles of Public Life is due by "
                + later.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)));
        String update = MailServer.calendar(moved).orElseThrow();
        assertThat(update).contains("METHOD:REQUEST", uid, "DTSTART;VALUE=DATE:" + later.format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(sequence(update)).isGreaterThan(sequence(first));

        moveClockTo(due.minusDays(28), LocalTime.of(10, 0));
        scope.publish(TOPIC, person, TrainingEvents.completion(assignment, person, LocalDate.now(clock)));
        MimeMessage removed = scope.mail().awaitMailbox(email, 3, Duration.ofSeconds(20)).get(2);
        assertThat(removed.getSubject()).isEqualTo("No longer due: Nolan Principles of Public Life");
        String cancel = MailServer.calendar(removed).orElseThrow();
        assertThat(cancel).contains("METHOD:CANCEL", "STATUS:CANCELLED", uid);
        assertThat(sequence(cancel)).isGreaterThan(sequence(update));
        Thread.sleep(1000);
        assertThat(scope.mail().mailbox(email)).as("nothing more").hasSize(3);
    }

    @Test
    void aCompletionCancelsEveryPendingReminder() throws Exception {
        String person = "done-" + UUID.randomUUID();
        String assignment = UUID.randomUUID().toString();
        LocalDate due = LocalDate.now(clock).plusDays(40);
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Dana Done", person + "@example.gov.uk", null));
        scope.publish(TOPIC, person, TrainingEvents.assignment(assignment, person, due));
        remindersOf(assignment, 4);

        scope.publish(TOPIC, person, TrainingEvents.completion(assignment, person, LocalDate.now(clock)));
        Eventually.assertTrue(() -> http().get("/reminders?subjectId=" + assignment).json()
                .findValuesAsText("status").stream().allMatch("CANCELLED"::equals), Duration.ofSeconds(20),
                "all reminders cancelled");
        try (Connection sql = scope.sql(); ResultSet rs = sql.createStatement().executeQuery(
                "SELECT open FROM notifications.training_assignment WHERE assignment_id = '" + assignment + "'")) {
            assertThat(rs.next()).as("the assignment's copy is kept").isTrue();
            assertThat(rs.getBoolean(1)).as("and closed").isFalse();
        }

        moveClockTo(due.plusDays(2), LocalTime.NOON);
        Thread.sleep(1500);
        assertThat(scope.mail().mailbox(person + "@example.gov.uk")).isEmpty();
    }

    @Test
    void aRedeliveredOrReplayedEventSendsNothingTwice() throws Exception {
        String person = "dup-" + UUID.randomUUID();
        String assignment = UUID.randomUUID().toString();
        // Due in 5 days: the 7-day reminder's time has passed, so it goes out at once; the 30-day one is skipped.
        LocalDate due = LocalDate.now(clock).plusDays(5);
        String eventId = UUID.randomUUID().toString();
        try (EventSender sender = scope.sender("/training-service")) {
            sender.send(scope.topic(TOPIC), person, TrainingEvents.person(person, "Dup Licate", person + "@example.gov.uk", null));
            sender.send(scope.topic(TOPIC), person, TrainingEvents.assignment(assignment, person, due), eventId);
            sender.send(scope.topic(TOPIC), person, TrainingEvents.assignment(assignment, person, due), eventId);
            // A replay under a new event id (e.g. after an outbox restore) is caught by the reminder's unique key.
            sender.send(scope.topic(TOPIC), person, TrainingEvents.assignment(assignment, person, due));
        }
        scope.mail().awaitMailbox(person + "@example.gov.uk", 1, Duration.ofSeconds(20));
        Thread.sleep(2000);
        assertThat(scope.mail().mailbox(person + "@example.gov.uk")).hasSize(1);
        assertThat(scope.mail().mailbox(person + "@example.gov.uk").get(0).getSubject()).contains("is due by");

        JsonNode reminders = remindersOf(assignment, 4);
        assertThat(reminders.findValuesAsText("status")).containsExactly("SKIPPED", "SENT", "PENDING", "PENDING");
        try (Connection sql = scope.sql(); ResultSet rs = sql.createStatement().executeQuery(
                "SELECT count(*) FROM notifications.processed_event WHERE event_id = '" + eventId + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
