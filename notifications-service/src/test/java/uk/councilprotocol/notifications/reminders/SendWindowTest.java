package uk.councilprotocol.notifications.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryEscalated;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders go in the council's sending hours (08:00 to 18:00 on its working days): one whose time falls on a bank
 * holiday, a weekend or an evening waits for the next opening, by the calendar of the council it is for; urgent
 * notices and answers go at once. Fixed days, each named: the clock is pinned, so the outcome is the same every day.
 */
@MicronautTest(transactional = false)
@Property(name = "notifications.send-window.enabled", value = "true")
@Property(name = "platform.tenancy.default-council", value = "eastmoor")
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
@Property(name = "notifications.calendars.glenmoor.division", value = "scotland")
class SendWindowTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String TRAINING = "training.events.v1";

    @Inject
    EmbeddedServer server;
    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());
    final String id = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void at(LocalDateTime londonTime) {
        clock.setInstant(londonTime.atZone(LONDON).toInstant());
    }

    static Instant london(LocalDateTime time) {
        return time.atZone(LONDON).toInstant();
    }

    /** A person of the council, and a training assignment of theirs due on {@code due}; its reminders once planned. */
    String assigned(String council, String person, LocalDate due) {
        String assignment = UUID.randomUUID().toString();
        scope.publishFor(council, TRAINING, person, TrainingEvents.person(person, "Pat " + person, person + "@example.gov.uk", null));
        scope.publishFor(council, TRAINING, person, TrainingEvents.assignment(assignment, person, due));
        Eventually.assertTrue(() -> reminders(council, assignment).size() == 4, Duration.ofSeconds(20), "reminders planned");
        return assignment;
    }

    JsonNode reminders(String council, String assignment) {
        return new HttpCalls(server.getURL().toString()).as(scope.tokenFor(council, "hr-" + council, "hr"))
                .get("/reminders?subjectId=" + assignment).json();
    }

    JsonNode reminder(String council, String assignment, String kind) {
        for (JsonNode r : reminders(council, assignment)) {
            if (r.get("kind").asText().equals(kind)) {
                return r;
            }
        }
        throw new AssertionError("no " + kind + " reminder for " + assignment);
    }

    /** Some dispatch rounds (every 200 ms here) pass, and the person's mailbox still holds {@code count} messages. */
    void stillHolds(String person, int count) throws InterruptedException {
        Thread.sleep(1500);
        assertThat(scope.mail().mailbox(person + "@example.gov.uk")).hasSize(count);
    }

    @Test
    void aReminderFallingOnGoodFridayWaitsOverEasterForTuesdayMorning() throws Exception {
        String person = "easter-" + id;
        at(LocalDateTime.of(2027, 2, 25, 10, 0));
        String assignment = assigned("eastmoor", person, LocalDate.of(2027, 4, 2));
        at(LocalDateTime.of(2027, 3, 3, 8, 0, 30));   // a Wednesday: "30 days before" goes at its time
        scope.mail().awaitMailbox(person + "@example.gov.uk", 1, Duration.ofSeconds(20));

        at(LocalDateTime.of(2027, 3, 26, 8, 0, 30));   // Good Friday: its "7 days before" is due
        Instant tuesdayMorning = london(LocalDateTime.of(2027, 3, 30, 8, 0));
        JsonNode held = Eventually.get(() -> {
            JsonNode r = reminder("eastmoor", assignment, "DUE_IN_7_DAYS");
            return r.get("nextAttemptAt").asText().equals(tuesdayMorning.toString()) ? r : null;
        }, Duration.ofSeconds(20), () -> "the 7-day reminder held until the Tuesday after Easter");
        assertThat(held.get("status").asText()).isEqualTo("PENDING");
        assertThat(held.get("lastError").asText()).isEqualTo(Reminder.OUTSIDE_SEND_WINDOW);
        stillHolds(person, 1);

        at(LocalDateTime.of(2027, 3, 29, 12, 0));   // Easter Monday, midday
        stillHolds(person, 1);

        at(LocalDateTime.of(2027, 3, 30, 8, 0, 30));
        MimeMessage reminder = scope.mail().awaitMailbox(person + "@example.gov.uk", 2, Duration.ofSeconds(20)).get(1);
        assertThat(reminder.getSubject()).startsWith("Reminder: Nolan Principles of Public Life is due by Friday 2 April 2027");
        JsonNode sent = Eventually.get(() -> {
            JsonNode r = reminder("eastmoor", assignment, "DUE_IN_7_DAYS");
            return r.get("status").asText().equals("SENT") ? r : null;
        }, Duration.ofSeconds(10), () -> "marked sent");
        assertThat(Instant.parse(sent.get("sentAt").asText())).isAfterOrEqualTo(tuesdayMorning);
    }

    @Test
    void aCouncilsOwnSendingHoursHoldItsRemindersTillItOpens() throws Exception {
        String person = "hours-" + id;
        HttpCalls admin = new HttpCalls(server.getURL().toString()).as(scope.tokenFor("glenmoor", "glen-admin", "admin"));
        HttpCalls.Reply half = admin.put("/council-settings/mail", "application/json", "{\"sendOpens\":\"10:00\"}");
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.violationFields()).containsExactly("sendCloses");
        assertThat(admin.put("/council-settings/mail", "application/json", "{\"sendOpens\":\"16:00\",\"sendCloses\":\"10:00\"}")
                .violationFields()).containsExactly("sendCloses");
        assertThat(admin.put("/council-settings/mail", "application/json", "{\"sendOpens\":\"10am\",\"sendCloses\":\"16:00\"}")
                .violationFields()).containsExactly("sendOpens");
        HttpCalls.Reply set = admin.put("/council-settings/mail", "application/json", "{\"sendOpens\":\"10:00\",\"sendCloses\":\"16:00\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("inEffect").get("sendOpens").asText()).isEqualTo("10:00");
        try {
            at(LocalDateTime.of(2027, 2, 25, 10, 0));
            String assignment = assigned("glenmoor", person, LocalDate.of(2027, 4, 2));
            at(LocalDateTime.of(2027, 3, 3, 8, 0, 30));   // a Wednesday, 08:00: the deployment's hours are open, Glenmoor's are not
            Instant tenOClock = london(LocalDateTime.of(2027, 3, 3, 10, 0));
            Eventually.assertTrue(() -> reminder("glenmoor", assignment, "DUE_IN_30_DAYS").get("nextAttemptAt").asText()
                    .equals(tenOClock.toString()), Duration.ofSeconds(20), "held until Glenmoor opens at 10:00");
            stillHolds(person, 0);
            at(LocalDateTime.of(2027, 3, 3, 10, 0, 30));
            scope.mail().awaitMailbox(person + "@example.gov.uk", 1, Duration.ofSeconds(20));
        } finally {
            assertThat(admin.put("/council-settings/mail", "application/json", "{}").status()).as("back to the platform's").isEqualTo(200);
        }
    }

    @Test
    void onStAndrewsDayEastmoorsRemindersGoAndGlenmoorsWaitForTheScottishWorkingDay() throws Exception {
        String english = "em-" + id;
        String scottish = "gm-" + id;
        at(LocalDateTime.of(2027, 11, 29, 10, 0));   // a Monday: "30 days before" has passed, so it goes at once
        String eastmoors = assigned("eastmoor", english, LocalDate.of(2027, 12, 7));
        String glenmoors = assigned("glenmoor", scottish, LocalDate.of(2027, 12, 7));
        scope.mail().awaitMailbox(english + "@example.gov.uk", 1, Duration.ofSeconds(20));
        scope.mail().awaitMailbox(scottish + "@example.gov.uk", 1, Duration.ofSeconds(20));

        at(LocalDateTime.of(2027, 11, 30, 9, 0));   // St Andrew's Day, a Tuesday: a bank holiday in Scotland only
        assertThat(scope.mail().awaitMailbox(english + "@example.gov.uk", 2, Duration.ofSeconds(20))).hasSize(2);
        Eventually.assertTrue(() -> reminder("glenmoor", glenmoors, "DUE_IN_7_DAYS").get("nextAttemptAt").asText()
                .equals(london(LocalDateTime.of(2027, 12, 1, 8, 0)).toString()), Duration.ofSeconds(20), "Glenmoor's held to Wednesday");
        stillHolds(scottish, 1);
        Eventually.assertTrue(() -> reminder("eastmoor", eastmoors, "DUE_IN_7_DAYS").get("status").asText().equals("SENT"),
                Duration.ofSeconds(10), "Eastmoor's marked sent");

        at(LocalDateTime.of(2027, 12, 1, 8, 0, 30));
        assertThat(scope.mail().awaitMailbox(scottish + "@example.gov.uk", 2, Duration.ofSeconds(20))).hasSize(2);
    }

    @Test
    void anEveningsCatchUpWaitsForTheMorningWhileAnAcknowledgementAndAnEscalationGoAtOnce() throws Exception {
        String officer = "eve-" + id;
        String councillor = "cllr-" + id;
        String chief = "chief-" + id;
        at(LocalDateTime.of(2027, 3, 3, 19, 30));   // a Wednesday evening: that morning's "due tomorrow" never went
        String assignment = assigned("eastmoor", officer, LocalDate.of(2027, 3, 4));
        Eventually.assertTrue(() -> reminder("eastmoor", assignment, "DUE_IN_1_DAY").get("nextAttemptAt").asText()
                .equals(london(LocalDateTime.of(2027, 3, 4, 8, 0)).toString()), Duration.ofSeconds(20), "held to Thursday 08:00");

        for (String person : new String[]{councillor, chief}) {
            scope.publishFor("eastmoor", TRAINING, person, TrainingEvents.person(person, "Sam " + person, person + "@example.gov.uk", null));
        }
        String reference = "MEM-27-" + id.substring(0, 4).toUpperCase();
        scope.publishFor("eastmoor", "enquiries.events.v1", reference, EnquiryLogged.newBuilder().setReference(reference)
                .setCouncillorId(councillor).setSubject("Fly-tipping on Canal Walk").setCategory("Environment")
                .addDepartments("Environment and Place").setReceivedAt(Protos.timestamp(clock.instant()))
                .setDueDate("2027-03-17").setResponseWorkingDays(10).setOfficerReminderDate("2027-03-15").build());
        scope.publishFor("eastmoor", "enquiries.events.v1", reference, EnquiryEscalated.newBuilder().setReference(reference)
                .setCouncillorId(councillor).addDepartments("Environment and Place").addChiefOfficerIds(chief)
                .setDueDate("2027-03-17").build());
        assertThat(scope.mail().awaitMailbox(councillor + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0).getSubject())
                .isEqualTo("Your enquiry " + reference + " has been received");
        assertThat(scope.mail().awaitMailbox(chief + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0).getSubject())
                .startsWith("Escalation: Councillor enquiry " + reference);
        stillHolds(officer, 0);

        at(LocalDateTime.of(2027, 3, 4, 8, 0, 30));
        assertThat(scope.mail().awaitMailbox(officer + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0).getSubject())
                .startsWith("Reminder: Nolan Principles of Public Life is due by Thursday 4 March 2027");
    }
}
