package uk.councilprotocol.notifications.reminders;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.TestScope;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database fails after the SMTP server accepted a reminder and before "sent" is committed (as when PostgreSQL
 * restarts mid-dispatch; the fault suite saw a duplicate acknowledgement that way). The reminder is still due when
 * the database is back, and the next dispatch records it as sent without sending it again.
 */
@MicronautTest(transactional = false)
@Property(name = "notifications.dispatch-interval", value = "1h")
@Property(name = "notifications.dispatch-initial-delay", value = "1h")
class DatabaseOutageDuringSendTest {
    @Inject
    Clock clock;
    @Inject
    ReminderDispatcher dispatcher;

    final TestScope scope = TestScope.of(getClass());

    @Test
    void aReminderSentJustBeforeTheDatabaseFailedIsRecordedNotSentAgain() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String councillor = "cllr-" + id;
        String reference = "MEM-26-" + id.substring(0, 4);
        String email = councillor + "@example.gov.uk";
        failTheFirstSentUpdateOf(councillor);
        try {
            scope.publish("training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Olu Outage", email, null));
            LocalDate due = LocalDate.now(clock).plusDays(20);
            scope.publish("enquiries.events.v1", reference, EnquiryLogged.newBuilder().setReference(reference)
                    .setCouncillorId(councillor).setSubject("Street light out").setCategory("Highways")
                    .setReceivedAt(Protos.timestamp(clock.instant())).setDueDate(due.toString())
                    .setOfficerReminderDate(due.minusDays(2).toString()).build());

            // sent at once on planning; writing "sent" then fails, so the reminder is still due
            scope.mail().awaitMailbox(email, 1, Duration.ofSeconds(15));
            String pending = "SELECT count(*) FROM notifications.reminder WHERE person_id = '" + councillor + "' AND status = 'PENDING'";
            Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.test_fail_once_" + id + " WHERE is_called") == 1, Duration.ofSeconds(10),
                    "the failing update was attempted");
            assertThat(scope.count(pending)).as("still due after the failed commit").isEqualTo(1);

            dispatcher.dispatchDue();

            assertThat(scope.count(pending)).as("recorded as sent").isZero();
            assertThat(scope.count("SELECT count(*) FROM notifications.reminder WHERE person_id = '" + councillor + "' AND status = 'SENT'")).isEqualTo(1);
            assertThat(scope.mail().mailbox(email)).as("sent once").hasSize(1);
            assertThat(scope.count("SELECT count(*) FROM notifications.sent_mail WHERE recipient = '" + email + "' AND status = 'SENT'")).isEqualTo(1);
        } finally {
            try (Connection sql = scope.sql(); Statement statement = sql.createStatement()) {
                statement.execute("DROP TRIGGER IF EXISTS test_fail_once_" + id + " ON notifications.reminder");
                statement.execute("DROP FUNCTION IF EXISTS notifications.test_fail_once_" + id + "()");
                statement.execute("DROP SEQUENCE IF EXISTS notifications.test_fail_once_" + id);
            }
        }
    }

    /**
     * A trigger standing in for the database going away: the first update marking this person's reminder sent
     * raises an error, as a lost connection would at that point. A sequence counts (it is not rolled back).
     */
    private void failTheFirstSentUpdateOf(String person) throws Exception {
        String id = person.substring("cllr-".length());
        try (Connection sql = scope.sql(); Statement statement = sql.createStatement()) {
            statement.execute("CREATE SEQUENCE notifications.test_fail_once_" + id);
            statement.execute("CREATE FUNCTION notifications.test_fail_once_" + id + "() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ "
                    + "BEGIN IF NEW.status = 'SENT' AND nextval('notifications.test_fail_once_" + id + "') = 1 THEN "
                    + "RAISE EXCEPTION 'the database went away (test)'; END IF; RETURN NEW; END $$");
            statement.execute("CREATE TRIGGER test_fail_once_" + id + " BEFORE UPDATE ON notifications.reminder FOR EACH ROW "
                    + "WHEN (NEW.person_id = '" + person + "') EXECUTE FUNCTION notifications.test_fail_once_" + id + "()");
        }
    }
}
