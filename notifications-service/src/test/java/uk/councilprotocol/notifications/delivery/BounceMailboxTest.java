package uk.councilprotocol.notifications.delivery;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MultipartReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.FreePorts;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounces that arrive after the mail server accepted an email: it goes out with a return path tagged with its
 * Message-ID; the remote server's delivery report, delivered to the bounce mailbox, is read over IMAP (a real
 * GreenMail IMAP server); the email is marked failed in the sent-mail log with the server's words, the address is
 * listed as undeliverable for HR and the Hub, and the reminder fails. Reading again changes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BounceMailboxTest implements TestPropertyProvider {
    static final String RETURN_PATH = "bounces@bounces.example.gov.uk";
    static final GreenMail BOUNCE_MAILBOX = new GreenMail(new ServerSetup(FreePorts.one(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP));

    @Inject
    BounceMailbox mailbox;
    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());

    @Override
    public Map<String, String> getProperties() {
        BOUNCE_MAILBOX.start();
        BOUNCE_MAILBOX.setUser(RETURN_PATH, "bounces", "bounce-secret");
        return Map.of("smtp.return-path", RETURN_PATH,
                "notifications.bounces.imap-host", "127.0.0.1",
                "notifications.bounces.imap-port", String.valueOf(BOUNCE_MAILBOX.getImap().getPort()),
                "notifications.bounces.username", "bounces", "notifications.bounces.password", "bounce-secret",
                "notifications.bounces.ssl", "false", "notifications.bounces.interval", "1h");
    }

    @BeforeAll
    void at() {
        clock.setInstant(Instant.parse("2026-12-02T10:00:00Z"));
    }

    @AfterAll
    void stop() {
        clock.reset();
        BOUNCE_MAILBOX.stop();
    }

    /** A councillor's enquiry acknowledged at once: the email the remote server will bounce. */
    MimeMessage acknowledgement(String councillor) {
        scope.publish("training.events.v1", councillor, TrainingEvents.person(councillor, "Cllr Gone Away", councillor + "@example.gov.uk", null));
        String reference = "MEM-26-" + councillor.substring(councillor.length() - 4);
        LocalDate due = LocalDate.parse("2026-12-16");
        scope.publish("enquiries.events.v1", reference, EnquiryLogged.newBuilder().setReference(reference)
                .setCouncillorId(councillor).setSubject("Street lighting").setCategory("Highways")
                .setReceivedAt(Protos.timestamp(clock.instant())).setDueDate(due.toString())
                .setOfficerReminderDate(due.minusDays(2).toString()).build());
        return scope.mail().awaitMailbox(councillor + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
    }

    /** The report a remote server sends to the return path, delivered to the bounce mailbox. */
    static MimeMessage bounce(MimeMessage original, String recipient, String status, String diagnostic) throws Exception {
        DeliveryStatus report = new DeliveryStatus();
        InternetHeaders message = new InternetHeaders();
        message.setHeader("Reporting-MTA", "dns; mx.example.gov.uk");
        report.setMessageDSN(message);
        InternetHeaders failed = new InternetHeaders();
        failed.setHeader("Final-Recipient", "rfc822; " + recipient);
        failed.setHeader("Action", "failed");
        failed.setHeader("Status", status);
        failed.setHeader("Diagnostic-Code", "smtp; " + diagnostic);
        report.addRecipientDSN(failed);
        MimeMessage bounce = new MimeMessage(Session.getInstance(new Properties()));
        bounce.setFrom(new InternetAddress("MAILER-DAEMON@mx.example.gov.uk"));
        // the tagged return path it was sent to, as the mailbox's server records it
        bounce.setRecipient(Message.RecipientType.TO, new InternetAddress(original.getHeader("Return-Path")[0].replaceAll("[<>]", "")));
        bounce.setSubject("Undelivered Mail Returned to Sender");
        bounce.setContent(new MultipartReport("Your message could not be delivered.", report, original));
        bounce.saveChanges();
        BOUNCE_MAILBOX.getUserManager().getUser("bounces").deliver(bounce);
        return bounce;
    }

    @Test
    void aBounceMarksTheEmailFailedAndTheAddressUndeliverable() throws Exception {
        String councillor = "cllr-" + UUID.randomUUID().toString().substring(0, 8);
        String address = councillor + "@example.gov.uk";
        MimeMessage sent = acknowledgement(councillor);
        assertThat(sent.getHeader("Return-Path")[0]).as("the return path names the email")
                .matches("<bounces\\+reminder-[0-9a-f-]{36}=council-protocol@bounces\\.example\\.gov\\.uk>");

        bounce(sent, address, "5.1.1", "550 5.1.1 <" + address + ">: Recipient address rejected: mailbox unavailable");
        MimeMessage autoReply = new MimeMessage(Session.getInstance(new Properties()));
        autoReply.setSubject("Out of office");
        autoReply.setText("Back on Monday");
        BOUNCE_MAILBOX.getUserManager().getUser("bounces").deliver(autoReply);

        mailbox.read();
        String messageId = sent.getMessageID();
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.sent_mail WHERE message_id = '" + messageId
                + "' AND status = 'FAILED'") == 1, Duration.ofSeconds(10), "the bounce in the sent-mail log");
        assertThat(scope.text("SELECT error FROM notifications.sent_mail WHERE message_id = '" + messageId + "' AND status = 'FAILED'"))
                .isEqualTo("Bounced (5.1.1, permanent): 550 5.1.1 <" + address + ">: Recipient address rejected: mailbox unavailable");
        assertThat(scope.text("SELECT person_id FROM notifications.undeliverable_address WHERE email = '" + address + "'"))
                .as("listed for HR and the Hub").isEqualTo(councillor);
        assertThat(scope.text("SELECT status FROM notifications.reminder WHERE person_id = '" + councillor + "'")).isEqualTo("FAILED");
        assertThat(BOUNCE_MAILBOX.getReceivedMessages()).as("the report and the auto-reply, read and deleted").isEmpty();

        bounce(sent, address, "5.1.1", "550 5.1.1 <" + address + ">: Recipient address rejected: mailbox unavailable");
        mailbox.read();
        assertThat(scope.count("SELECT count(*) FROM notifications.sent_mail WHERE message_id = '" + messageId + "' AND status = 'FAILED'"))
                .as("told again: recorded once").isEqualTo(1);
    }

    @Test
    void aReportClaimedByAReplicaThatStoppedIsTakenAgainOnceItsClaimIsStale() throws Exception {
        String councillor = "cllr-" + UUID.randomUUID().toString().substring(0, 8);
        String address = councillor + "@example.gov.uk";
        MimeMessage sent = acknowledgement(councillor);
        String messageId = sent.getMessageID();
        MimeMessage report = bounce(sent, address, "5.1.1", "550 5.1.1 no such mailbox");
        // another replica claimed it an hour ago and stopped before recording it or deleting it from the mailbox
        try (var sql = scope.sql(); var claim = sql.prepareStatement(
                "INSERT INTO notifications.bounce_read (council, bounce_id, read_at) VALUES ('default', ?, ?)")) {
            claim.setString(1, report.getMessageID());
            claim.setTimestamp(2, java.sql.Timestamp.from(clock.instant().minus(Duration.ofHours(1))));
            claim.executeUpdate();
        }
        mailbox.read();
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.sent_mail WHERE message_id = '" + messageId
                + "' AND status = 'FAILED'") == 1, Duration.ofSeconds(10), "taken again and recorded");
        assertThat(scope.count("SELECT count(*) FROM notifications.undeliverable_address WHERE email = '" + address + "'")).isEqualTo(1);
    }

    @Test
    void aServerThatGaveUpFailsTheEmailButLeavesTheAddressBe() throws Exception {
        String councillor = "cllr-" + UUID.randomUUID().toString().substring(0, 8);
        String address = councillor + "@example.gov.uk";
        MimeMessage sent = acknowledgement(councillor);
        String messageId = sent.getMessageID();
        bounce(sent, address, "4.2.2", "452 4.2.2 Mailbox full");
        mailbox.read();
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.sent_mail WHERE message_id = '" + messageId
                + "' AND status = 'FAILED' AND error LIKE 'Bounced (4.2.2, the server gave up)%'") == 1, Duration.ofSeconds(10), "logged");
        assertThat(scope.count("SELECT count(*) FROM notifications.undeliverable_address WHERE email = '" + address + "'")).isZero();
    }
}
