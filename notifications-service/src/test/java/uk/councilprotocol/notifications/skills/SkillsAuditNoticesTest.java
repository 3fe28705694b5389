package uk.councilprotocol.notifications.skills;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.AuditSkill;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.contracts.training.v1.SkillsAudit;
import uk.councilprotocol.contracts.training.v1.SkillsAuditAnswered;
import uk.councilprotocol.contracts.training.v1.SkillsAuditAnswers;
import uk.councilprotocol.contracts.training.v1.SkillsAuditPublished;
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
 * A skills audit, from training-service's events to the emails at the SMTP server: every serving councillor (no one
 * who stood down, no officer) is asked to answer it, those who have not answered are reminded a week before it closes,
 * an answer read before the audit's own news still spares its councillor, and news that comes again asks no one twice.
 */
@MicronautTest(transactional = false)
class SkillsAuditNoticesTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String TOPIC = "training.events.v1";
    /** A Tuesday; the audit closes three weeks on, so its reminder goes on Tuesday 23 March. */
    static final LocalDate PUBLISHED = LocalDate.of(2027, 3, 9);
    static final LocalDate CLOSES = LocalDate.of(2027, 3, 30);

    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void person(String id, String name, PersonKind kind, boolean active) {
        scope.publish(TOPIC, id, PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                .setId(id).setFullName(name).setEmail(id + "@example.gov.uk").setKind(kind)
                .setStartDate("2023-05-08").setActive(active)).build());
    }

    void at(LocalDate day, LocalTime time) {
        clock.setInstant(day.atTime(time).atZone(LONDON).toInstant());
    }

    static SkillsAudit audit(String id, String title) {
        return SkillsAudit.newBuilder().setId(id).setTitle(title).setClosesOn(CLOSES.toString()).setGapDueDays(60).setOpen(true)
                .addSkills(AuditSkill.newBuilder().setPosition(0).setName("Chairing a meeting").setNeededLevel(3))
                .addSkills(AuditSkill.newBuilder().setPosition(1).setName("Digital casework").setNeededLevel(2)).build();
    }

    void answered(String auditId, String personId) {
        scope.publish(TOPIC, personId, SkillsAuditAnswered.newBuilder().setAuditTitle("t").setAnswers(SkillsAuditAnswers.newBuilder()
                .setAuditId(auditId).setPersonId(personId).setPersonName(personId)).build());
    }

    @Test
    void everyServingCouncillorIsAskedAndThoseWhoHaveNotAnsweredAreRemindedAWeekBefore() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String ann = "ann-" + tag, ben = "ben-" + tag, gone = "gone-" + tag, officer = "off-" + tag;
        person(ann, "Cllr Ann Able", PersonKind.COUNCILLOR, true);
        person(ben, "Cllr Ben Busy", PersonKind.COUNCILLOR, true);
        person(gone, "Cllr Col Gone", PersonKind.COUNCILLOR, false);
        person(officer, "Dee Officer", PersonKind.OFFICER, true);
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.contact WHERE person_id LIKE '%" + tag + "'") == 4,
                Duration.ofSeconds(30), "contacts copied");
        at(PUBLISHED, LocalTime.of(10, 0));
        String id = UUID.randomUUID().toString();
        scope.publish(TOPIC, id, SkillsAuditPublished.newBuilder().setAudit(audit(id, "Councillors' skills and experience")).build());

        MimeMessage toAnn = scope.mail().awaitMailbox(ann + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(toAnn.getSubject()).isEqualTo("Please rate your skills: Councillors' skills and experience");
        assertThat(MailServer.plainText(toAnn)).contains("Dear Cllr Ann Able").contains("on 2 skills")
                .contains("Please answer by " + Letter.longDate(CLOSES));
        scope.mail().awaitMailbox(ben + "@example.gov.uk", 1, Duration.ofSeconds(20));

        answered(id, ann);
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + id
                + "' AND person_id = '" + ann + "' AND status = 'CANCELLED'") == 1, Duration.ofSeconds(20), "Ann's reminder cancelled");
        scope.publish(TOPIC, id, SkillsAuditPublished.newBuilder().setAudit(audit(id, "Councillors' skills and experience")).build());
        at(CLOSES.minusDays(7), LocalTime.of(8, 0, 30));
        MimeMessage closing = scope.mail().awaitMailbox(ben + "@example.gov.uk", 2, Duration.ofSeconds(20)).get(1);
        assertThat(closing.getSubject()).isEqualTo("A week left to rate your skills: Councillors' skills and experience");
        assertThat(MailServer.plainText(closing)).contains("You have not yet answered");

        // a second audit whose answer from Ben is read before the audit itself: he is not asked
        String second = UUID.randomUUID().toString();
        answered(second, ben);
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.skills_audit_answered WHERE audit_id = '"
                + second + "'") == 1, Duration.ofSeconds(20), "Ben's answer kept");
        scope.publish(TOPIC, second, SkillsAuditPublished.newBuilder().setAudit(audit(second, "Digital skills")).build());
        assertThat(scope.mail().awaitMailbox(ann + "@example.gov.uk", 2, Duration.ofSeconds(20)).get(1).getSubject())
                .isEqualTo("Please rate your skills: Digital skills");

        Thread.sleep(2_000);
        assertThat(scope.mail().mailbox(ann + "@example.gov.uk")).as("asked twice, once per audit; no reminder after answering").hasSize(2);
        assertThat(scope.mail().mailbox(ben + "@example.gov.uk")).as("asked, reminded; not asked what he answered").hasSize(2);
        assertThat(scope.mail().mailbox(gone + "@example.gov.uk")).isEmpty();
        assertThat(scope.mail().mailbox(officer + "@example.gov.uk")).isEmpty();
    }
}
