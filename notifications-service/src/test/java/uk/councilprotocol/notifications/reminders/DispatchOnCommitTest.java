package uk.councilprotocol.notifications.reminders;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.TestScope;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is due now goes once its planning commits, not at the next poll: with the poll an hour away, an enquiry's
 * acknowledgement still reaches the councillor within seconds, once — and a redelivered event sends nothing more.
 * The same when the councillor's details arrive after the enquiry (they come on another topic): it waits for them,
 * for a day at most.
 */
@MicronautTest(transactional = false)
@Property(name = "notifications.dispatch-interval", value = "1h")
@Property(name = "notifications.dispatch-initial-delay", value = "1h")
class DispatchOnCommitTest {
    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    EnquiryLogged logged(String reference, String councillor) {
        LocalDate due = LocalDate.now(clock).plusDays(20);
        return EnquiryLogged.newBuilder().setReference(reference).setCouncillorId(councillor)
                .setSubject("Bus shelter glass broken").setCategory("Highways").setReceivedAt(Protos.timestamp(clock.instant()))
                .setDueDate(due.toString()).setOfficerReminderDate(due.minusDays(2).toString()).build();
    }

    String acknowledgementStatus(String reference) {
        return scope.text("SELECT status || ' ' || coalesce(last_error, '') FROM notifications.reminder WHERE subject_id = '"
                + reference + "' AND kind = 'ACKNOWLEDGEMENT'");
    }

    @Test
    void anAcknowledgementGoesAsSoonAsItIsPlannedWithThePollAnHourAway() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "cllr-" + id;
        String reference = "MEM-26-" + id.substring(0, 4);
        scope.publish("training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Nia Now", councillor + "@example.gov.uk", null));
        EnquiryLogged logged = logged(reference, councillor);
        scope.publish("enquiries.events.v1", reference, logged);

        assertThat(scope.mail().awaitMailbox(councillor + "@example.gov.uk", 1, Duration.ofSeconds(15)).get(0).getSubject())
                .isEqualTo("Your enquiry " + reference + " has been received");
        scope.publish("enquiries.events.v1", reference, logged);   // replayed under a new event id
        Thread.sleep(2000);
        assertThat(scope.mail().mailbox(councillor + "@example.gov.uk")).as("once").hasSize(1);
    }

    @Test
    void anAcknowledgementForACouncillorNotYetKnownWaitsForTheirDetailsThenGoesAtOnce() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "late-" + id;
        String reference = "MEM-26-" + id.substring(0, 4);
        scope.publish("enquiries.events.v1", reference, logged(reference, councillor));
        Eventually.assertTrue(() -> ("PENDING " + Reminder.AWAITING_CONTACT).equals(acknowledgementStatus(reference)),
                Duration.ofSeconds(15), "the acknowledgement waits for the councillor's details");
        assertThat(scope.mail().mailbox(councillor + "@example.gov.uk")).isEmpty();

        scope.publish("training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Lee Late", councillor + "@example.gov.uk", null));
        assertThat(scope.mail().awaitMailbox(councillor + "@example.gov.uk", 1, Duration.ofSeconds(15)).get(0).getSubject())
                .isEqualTo("Your enquiry " + reference + " has been received");
        assertThat(acknowledgementStatus(reference)).startsWith("SENT");
    }

    /**
     * The councillor's details arrive while the dispatcher, having found them missing, is holding the acknowledgement
     * for them and has not yet committed. Played out every time: a trigger keeps the hold's statement asleep for
     * 5 s, and the details are sent while it sleeps. Their release must wait for the hold and release it, so the
     * acknowledgement goes within seconds, not at the hold's second look 5 minutes on (the poll is an hour away).
     */
    @Test
    void anAcknowledgementHeldAsTheCouncillorArrivesGoesWithinSeconds() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "racing-" + id;
        String reference = "MEM-26-" + id.substring(0, 4);
        try (SleepingTrigger hold = slowHold(councillor, Reminder.AWAITING_CONTACT)) {
            scope.publish("enquiries.events.v1", reference, logged(reference, councillor));
            hold.awaitAsleep();
            scope.publish("training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Ray Racing", councillor + "@example.gov.uk", null));

            assertThat(scope.mail().awaitMailbox(councillor + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0).getSubject())
                    .isEqualTo("Your enquiry " + reference + " has been received");
        }
    }

    /**
     * The other side of that race: the councillor's details are being committed (a trigger keeps their commit asleep
     * for 8 s) when the enquiry arrives, so the dispatcher reads them as missing and holds the acknowledgement. The
     * release runs once the details are committed, sees the hold and lets it go: within seconds, not at the hold's
     * second look (run inside the transaction that wrote the details, it had passed before the hold was made).
     */
    @Test
    void anAcknowledgementHeldWhileTheCouncillorsDetailsAreCommittingGoesWithinSeconds() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "committing-" + id;
        String reference = "MEM-26-" + id.substring(0, 4);
        try (SleepingTrigger commit = slowCommit(councillor)) {
            scope.publish("training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Cy Committing", councillor + "@example.gov.uk", null));
            commit.awaitAsleep();
            scope.publish("enquiries.events.v1", reference, logged(reference, councillor));
            Eventually.assertTrue(() -> ("PENDING " + Reminder.AWAITING_CONTACT).equals(acknowledgementStatus(reference)),
                    Duration.ofSeconds(7), "held while the details were committing");

            assertThat(scope.mail().awaitMailbox(councillor + "@example.gov.uk", 1, Duration.ofSeconds(25)).get(0).getSubject())
                    .isEqualTo("Your enquiry " + reference + " has been received");
        }
    }

    /**
     * The same race for an overdue notice held for the details of the line manager it copies: the manager arrives
     * while the hold is being made. Their release waits for it too, and the notice goes within seconds, copied.
     */
    @Test
    void anOverdueNoticeHeldAsTheManagerArrivesGoesWithinSeconds() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String person = "racer-" + id;
        String manager = "mgr-racer-" + id;
        LocalDate wednesday = LocalDate.of(2027, 3, 3);   // in the council's sending hours at 10:00
        clock.setInstant(wednesday.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        try (SleepingTrigger hold = slowHold(person, Reminder.AWAITING_COPIED)) {
            scope.publish(TrainingEvents.TOPIC, person, TrainingEvents.person(person, "Pat Racer", person + "@example.gov.uk", manager));
            scope.publish(TrainingEvents.TOPIC, person, TrainingEvents.assignment(UUID.randomUUID().toString(), person, wednesday.minusDays(2)));
            hold.awaitAsleep();
            scope.publish(TrainingEvents.TOPIC, manager, TrainingEvents.person(manager, "Mo Manager", manager + "@example.gov.uk", null));

            MimeMessage overdue = scope.mail().awaitMailbox(person + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
            assertThat(overdue.getSubject()).startsWith("Overdue: Nolan Principles of Public Life");
            assertThat(MailServer.addressedTo(overdue, manager + "@example.gov.uk")).as("the manager copied").isTrue();
        }
    }

    /** A trigger that keeps the statement holding this person's reminder for {@code reason} asleep for 5 s. */
    SleepingTrigger slowHold(String personId, String reason) throws SQLException {
        assertThat(reason).doesNotContain("'");
        return new SleepingTrigger("hold_slowly", 5, "notifications.reminder", "CREATE TRIGGER hold_slowly BEFORE UPDATE "
                + "ON notifications.reminder FOR EACH ROW WHEN (NEW.person_id = '" + personId + "' AND NEW.last_error = '"
                + reason + "' AND OLD.last_error IS DISTINCT FROM NEW.last_error)");
    }

    /** A trigger that keeps the commit of this person's details asleep for 8 s (a deferred one, run at commit). */
    SleepingTrigger slowCommit(String personId) throws SQLException {
        return new SleepingTrigger("commit_slowly", 8, "notifications.contact", "CREATE CONSTRAINT TRIGGER commit_slowly "
                + "AFTER INSERT ON notifications.contact DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.person_id = '"
                + personId + "')");
    }

    /** A trigger whose function sleeps, so a race is played every time; dropped after its test. */
    final class SleepingTrigger implements AutoCloseable {
        private final String name;
        private final String table;

        /** @param definition the trigger's CREATE statement up to its EXECUTE FUNCTION, which names {@code name} */
        SleepingTrigger(String name, int seconds, String table, String definition) throws SQLException {
            this.name = name;
            this.table = table;
            try (Connection admin = scope.sql(); Statement ddl = admin.createStatement()) {
                ddl.execute("CREATE FUNCTION notifications." + name + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "PERFORM pg_sleep(" + seconds + "); RETURN NEW; END $$");
                ddl.execute(definition + " EXECUTE FUNCTION notifications." + name + "()");
            }
        }

        /** Until the trigger is asleep: the statement, or the commit, it holds up is under way. */
        void awaitAsleep() {
            Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep' "
                    + "AND datname = current_database()") == 1, Duration.ofSeconds(15), name + " asleep");
        }

        @Override
        public void close() throws SQLException {
            try (Connection admin = scope.sql(); Statement ddl = admin.createStatement()) {
                ddl.execute("DROP TRIGGER " + name + " ON " + table);
                ddl.execute("DROP FUNCTION notifications." + name + "()");
            }
        }
    }

    @Test
    void aCouncillorStillUnknownAfterADayIsNotWaitedForAnyLonger() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String reference = "MEM-26-" + id.substring(0, 4);
        scope.publish("enquiries.events.v1", reference, logged(reference, "never-" + id));
        Eventually.assertTrue(() -> ("PENDING " + Reminder.AWAITING_CONTACT).equals(acknowledgementStatus(reference)),
                Duration.ofSeconds(15), "waiting");

        clock.setInstant(clock.instant().plus(Duration.ofHours(25)));
        // another councillor's enquiry sets the dispatcher going (the poll is an hour away)
        String known = "cllr-" + id;
        scope.publish("training.events.v1", known, TrainingEvents.person(known, "Cllr Kit Known", known + "@example.gov.uk", null));
        String other = "MEM-26-" + id.substring(4, 8);
        scope.publish("enquiries.events.v1", other, logged(other, known));
        scope.mail().awaitMailbox(known + "@example.gov.uk", 1, Duration.ofSeconds(15));
        Eventually.assertTrue(() -> acknowledgementStatus(reference).startsWith("SKIPPED no active contact"),
                Duration.ofSeconds(15), "skipped after a day");
    }
}
