package uk.councilprotocol.notifications.buddies;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.BuddyCheckIn;
import uk.councilprotocol.contracts.training.v1.BuddyCheckInRecorded;
import uk.councilprotocol.contracts.training.v1.BuddyPaired;
import uk.councilprotocol.contracts.training.v1.BuddyPairing;
import uk.councilprotocol.contracts.training.v1.BuddyPairingEnded;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new councillor's buddy, from training-service's events to the emails at the SMTP server: both of the pair hear of
 * the pairing at once, each month's check-in reminder goes to both unless they met in the three weeks before, a
 * pairing HR ends is reminded of no more, and an event that comes again sends nothing twice.
 */
@MicronautTest(transactional = false)
class BuddyNoticesTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String TOPIC = "training.events.v1";
    /** A Tuesday; a month on is a Friday, two months on a Sunday (its reminder held for the Monday). */
    static final LocalDate STARTS = LocalDate.of(2027, 3, 9);

    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void councillor(String id, String name) {
        scope.publish(TOPIC, id, PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                .setId(id).setFullName(name).setEmail(id + "@example.gov.uk").setKind(PersonKind.COUNCILLOR)
                .setPoliticalGroup("Green Group").setStartDate(STARTS.minusDays(10).toString()).setActive(true)).build());
    }

    void at(LocalDate day, LocalTime time) {
        clock.setInstant(day.atTime(time).atZone(LONDON).toInstant());
    }

    long reminders(String pairingId, String status) {
        return scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_type = 'buddy' AND subject_id = '"
                + pairingId + "' AND status = '" + status + "'");
    }

    @Test
    void bothAreToldThenRemindedMonthlyUnlessTheyMetLatelyUntilHrEndsIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String newcomer = "new-" + tag;
        String buddy = "bud-" + tag;
        councillor(newcomer, "Cllr Nia New");
        councillor(buddy, "Cllr Ray Green");
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.contact WHERE person_id LIKE '%" + tag + "'") == 2,
                Duration.ofSeconds(30), "contacts copied");
        at(STARTS, LocalTime.of(10, 0));
        String id = UUID.randomUUID().toString();
        BuddyPairing pairing = BuddyPairing.newBuilder().setId(id).setNewcomerId(newcomer).setNewcomerName("Cllr Nia New")
                .setBuddyId(buddy).setBuddyName("Cllr Ray Green").setStartsOn(STARTS.toString())
                .setCheckInsUntil(STARTS.plusMonths(6).toString()).setPairedBy("hr-amy").setPairedAt("2027-03-09T10:00:00Z").build();
        scope.publish(TOPIC, newcomer, BuddyPaired.newBuilder().setPairing(pairing).build());

        MimeMessage toNewcomer = scope.mail().awaitMailbox(newcomer + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(toNewcomer.getSubject()).isEqualTo("Your buddy as a new councillor: Cllr Ray Green");
        assertThat(MailServer.plainText(toNewcomer)).contains("Dear Cllr Nia New").contains("Cllr Ray Green will be your buddy")
                .contains("until " + Letter.longDate(STARTS.plusMonths(6)));
        MimeMessage toBuddy = scope.mail().awaitMailbox(buddy + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(toBuddy.getSubject()).isEqualTo("You are Cllr Nia New's buddy");
        assertThat(reminders(id, "PENDING")).as("six monthly check-ins for each of the pair").isEqualTo(12);
        assertThat(scope.text("SELECT min(send_at)::text FROM notifications.reminder WHERE subject_id = '" + id + "' AND kind = 'CHECK_IN'"))
                .as("a month on, at the sending time").startsWith("2027-04-09 07:00:00");

        // they met a fortnight before the first reminder: it is not sent
        scope.publish(TOPIC, newcomer, BuddyCheckInRecorded.newBuilder().setPairing(pairing.toBuilder()
                .addCheckIns(BuddyCheckIn.newBuilder().setId(UUID.randomUUID().toString()).setHeldOn("2027-03-26")
                        .setRecordedBy(buddy).setRecordedAt("2027-03-26T17:00:00Z"))).build());
        Eventually.assertTrue(() -> "2027-03-26".equals(scope.text("SELECT last_check_in::text FROM notifications.buddy_pairing "
                + "WHERE pairing_id = '" + id + "'")), Duration.ofSeconds(20), "the check-in copied");
        at(LocalDate.of(2027, 4, 9), LocalTime.of(8, 0, 30));
        Eventually.assertTrue(() -> reminders(id, "SKIPPED") == 2, Duration.ofSeconds(20), "April's reminders skipped: they had met");

        // May's falls on a Sunday and goes on the Monday morning, to both
        at(LocalDate.of(2027, 5, 10), LocalTime.of(8, 0, 30));
        MimeMessage may = scope.mail().awaitMailbox(buddy + "@example.gov.uk", 2, Duration.ofSeconds(20)).get(1);
        assertThat(may.getSubject()).isEqualTo("Time for a buddy check-in with Cllr Nia New");
        assertThat(MailServer.plainText(may)).contains("Check-ins continue until " + Letter.longDate(STARTS.plusMonths(6)));
        assertThat(scope.mail().awaitMailbox(newcomer + "@example.gov.uk", 2, Duration.ofSeconds(20)).get(1).getSubject())
                .isEqualTo("Time for a buddy check-in with Cllr Ray Green");

        scope.publish(TOPIC, newcomer, BuddyPairingEnded.newBuilder().setPairing(pairing.toBuilder().setEndedBy("hr-amy")
                .setEndedAt("2027-05-10T09:00:00Z").setEndReason("Cllr Green stood down")).build());
        Eventually.assertTrue(() -> reminders(id, "PENDING") == 0 && reminders(id, "CANCELLED") == 8, Duration.ofSeconds(20),
                "June to September cancelled for both");
        scope.publish(TOPIC, newcomer, BuddyPaired.newBuilder().setPairing(pairing).build());   // published again: nothing twice
        at(LocalDate.of(2027, 6, 9), LocalTime.of(8, 0, 30));
        Thread.sleep(2_000);
        assertThat(scope.mail().mailbox(buddy + "@example.gov.uk")).as("told, May's reminder; nothing after the end").hasSize(2);
        assertThat(scope.mail().mailbox(newcomer + "@example.gov.uk")).hasSize(2);
    }
}
