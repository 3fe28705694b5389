package uk.councilprotocol.notifications.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.enquiries.v1.EnquiryLogged;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.platform.grpc.Protos;
import uk.councilprotocol.testkit.CouncilIsolationContract;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.TestScope;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two councils' events reach one notifications-service with the same roster ids and the same enquiry reference:
 * each council's people get its own mail, each council's sent-mail log and reminders are its own, and the database
 * shows a connection only the rows of the council it names. Then Glenmoor's caller tries every route and method on
 * Eastmoor's reminders, mail log and preferences ({@link CouncilIsolationContract}, which runs last).
 */
@MicronautTest(transactional = false)
@Property(name = "platform.tenancy.default-council", value = "eastmoor")
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
class CouncilIsolationTest extends CouncilIsolationContract {
    static final String REFERENCE = "MEM-26-0042";

    @Inject
    Clock clock;

    final TestScope scope = TestScope.of(getClass());

    void logged(String council, String subject) {
        scope.publishFor(council, "training.events.v1", "iso-cllr",
                TrainingEvents.person("iso-cllr", "Cllr Iso " + council, "iso-cllr@" + council + ".example.gov.uk", null));
        LocalDate due = LocalDate.now(clock).plusDays(20);
        scope.publishFor(council, "enquiries.events.v1", REFERENCE, EnquiryLogged.newBuilder().setReference(REFERENCE)
                .setCouncillorId("iso-cllr").setSubject(subject).setCategory("Highways").setReceivedAt(Protos.timestamp(clock.instant()))
                .setDueDate(due.toString()).setOfficerReminderDate(due.minusDays(2).toString()).build());
    }

    @Test
    void eachCouncilsPeopleHearOnlyOfTheirOwnEnquiriesAndEachLogIsItsOwn() throws Exception {
        logged("eastmoor", "Streetlight out on Mill Lane");
        logged("glenmoor", "Bin not collected on Loch Road");

        MimeMessage eastmoor = scope.mail().awaitMailbox("iso-cllr@eastmoor.example.gov.uk", 1, Duration.ofSeconds(30)).get(0);
        MimeMessage glenmoor = scope.mail().awaitMailbox("iso-cllr@glenmoor.example.gov.uk", 1, Duration.ofSeconds(30)).get(0);
        assertThat(eastmoor.getSubject()).isEqualTo("Your enquiry " + REFERENCE + " has been received");
        assertThat(glenmoor.getSubject()).isEqualTo("Your enquiry " + REFERENCE + " has been received");
        assertThat(MailServer.plainText(eastmoor)).contains("Mill Lane").doesNotContain("Loch Road");
        assertThat(MailServer.plainText(glenmoor)).contains("Loch Road").doesNotContain("Mill Lane");

        JsonNode glenmoorLog = Eventually.get(() -> {
            JsonNode sent = http("glenmoor").get("/mail/sent").json();
            return sent.size() > 0 ? sent : null;
        }, Duration.ofSeconds(20), () -> "Glenmoor's sent mail");
        assertThat(glenmoorLog.findValuesAsText("recipient")).containsOnly("iso-cllr@glenmoor.example.gov.uk");
        assertThat(http("eastmoor").get("/mail/sent").json().findValuesAsText("recipient"))
                .contains("iso-cllr@eastmoor.example.gov.uk").doesNotContain("iso-cllr@glenmoor.example.gov.uk");
        assertThat(http("glenmoor").get("/reminders?subjectId=" + REFERENCE).json().findValuesAsText("personId"))
                .isNotEmpty().containsOnly("iso-cllr");

        assertThat(scope.countAsService(null, "SELECT count(*) FROM notifications.reminder")).as("no council named, no rows").isZero();
        assertThat(scope.countAsService("glenmoor", "SELECT count(*) FROM notifications.enquiry_record WHERE reference = '"
                + REFERENCE + "'")).isEqualTo(1);
        assertThat(scope.countAsService("glenmoor", "SELECT count(*) FROM notifications.contact WHERE email LIKE '%eastmoor%'")).isZero();
        assertThat(scope.count("SELECT count(*) FROM notifications.enquiry_record WHERE reference = '" + REFERENCE + "'")).isEqualTo(2);
    }

    /** Events about the closed council still on Kafka are refused: nothing recorded, nobody emailed. */
    @Override
    protected void afterTheOtherCouncilLeft(TestScope scope) throws Exception {
        String rejected = "SELECT count(*) FROM notifications.processed_event WHERE outcome = 'rejected'";
        long rejectedBefore = scope.count(rejected);
        int mailBefore = scope.mail().mailbox("iso-cllr@glenmoor.example.gov.uk").size();
        logged("glenmoor", "Bin not collected on Loch Road, again");
        Eventually.get(() -> scope.count(rejected) >= rejectedBefore + 2 ? true : null, Duration.ofSeconds(20),
                () -> "the closed council's events refused by every consumer");
        assertThat(scope.mail().mailbox("iso-cllr@glenmoor.example.gov.uk")).hasSize(mailBefore);
    }

    HttpCalls http(String council) {
        return new HttpCalls(server.getURL().toString()).as(scope.tokenFor(council, "admin-" + council, "admin"));
    }


    @Override
    protected String schema() {
        return "notifications";
    }

    @Override
    protected Map<String, String> idsOfTheCouncil() {
        return Map.of("subjectId", REFERENCE, "reference", REFERENCE, "personId", "iso-cllr");
    }

    @Override
    protected List<String> textOnlyTheCouncilHolds() {
        return List.of("Streetlight out on Mill Lane", "iso-cllr@eastmoor.example.gov.uk", "Cllr Iso eastmoor");
    }
}
