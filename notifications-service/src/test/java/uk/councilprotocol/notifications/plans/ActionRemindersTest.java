package uk.councilprotocol.notifications.plans;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.plans.v1.ActionAnswerersChanged;
import uk.councilprotocol.contracts.plans.v1.ActionCreated;
import uk.councilprotocol.contracts.plans.v1.ActionDueDateChanged;
import uk.councilprotocol.contracts.plans.v1.ActionOverdue;
import uk.councilprotocol.contracts.plans.v1.ActionSnapshot;
import uk.councilprotocol.contracts.plans.v1.MilestoneMarked;
import uk.councilprotocol.contracts.plans.v1.Milestone;
import uk.councilprotocol.contracts.plans.v1.ActionStatus;
import uk.councilprotocol.contracts.plans.v1.ActionStatusChanged;
import uk.councilprotocol.contracts.plans.v1.DueDate;
import uk.councilprotocol.contracts.plans.v1.Owner;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.notifications.mail.Letter;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Action-plan reminders, asserted at the SMTP server as plans-service's events arrive: the holders of the post
 * named hear 30 and 7 days before the deadline and when it is overdue (the theme lead copied), a replay sends
 * nothing twice, a moved deadline gets reminders of its own, and completion stops them.
 */
// Its outcome depends on the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
class ActionRemindersTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String TOPIC = "plans.events.v1";

    @Inject
    AdjustableClock clock;

    final TestScope scope = TestScope.of(getClass());

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void person(String id, String name, String jobTitle) {
        scope.publish("training.events.v1", id, PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                .setId(id).setFullName(name).setEmail(id + "@example.gov.uk").setKind(PersonKind.OFFICER)
                .setDepartment("Law and Governance").setJobTitle(jobTitle).setStartDate("2024-01-08").setActive(true)).build());
    }

    /** An action naming posts, with the holders plans-service resolved. */
    static ActionSnapshot action(String id, LocalDate deadline, ActionStatus status, String leadId, List<String> holders, String... posts) {
        return ActionSnapshot.newBuilder().addAllAnsweredByPersonIds(holders).setActionId(id).setPlanId(UUID.randomUUID().toString())
                .setPlanTitle("Protocol action plan").setReference("4").setText("Publish the revised protocol on the intranet")
                .setOwner(Owner.newBuilder().setText(String.join(" ", posts)).addAllRoles(List.of(posts)))
                .setTheme("Governance").setThemeLeadPersonId(leadId)
                .setDue(DueDate.newBuilder().setText("By " + deadline.getMonth()).setPrecision("MONTH").setDeadline(deadline.toString()))
                .setStatus(status).build();
    }

    void at(LocalDate day) {
        clock.setInstant(day.atTime(LocalTime.of(8, 0, 30)).atZone(LONDON).toInstant());
    }

    @Test
    void holdersOfThePostAreRemindedThenOverdueCopiesTheLeadAndNothingRepeats() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String director = "dir-" + tag;
        String deputy = "dep-" + tag;
        String lead = "lead-" + tag;
        person(director, "Gwen Director", "Director of Law and Governance");
        person(deputy, "Dev Deputy", "Deputy Monitoring Officer");
        person(lead, "Sue Lead", "Executive Director (Strategy, Change and Governance)");
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.contact WHERE person_id LIKE '%" + tag + "'") == 3,
                Duration.ofSeconds(30), "contacts copied");
        String id = UUID.randomUUID().toString();
        LocalDate deadline = LocalDate.now(clock).plusDays(60);
        ActionSnapshot open = action(id, deadline, ActionStatus.NOT_STARTED, lead, List.of(director), "Director of Law and Governance");
        scope.publish(TOPIC, id, ActionCreated.newBuilder().setAction(open).build());
        scope.publish(TOPIC, id, ActionCreated.newBuilder().setAction(open).build());   // a redelivery
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + id + "'") == 2,
                Duration.ofSeconds(30), "30- and 7-day reminders planned for the post's holder only");

        at(deadline.minusDays(30));
        MimeMessage month = scope.mail().awaitMailbox(director + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(month.getSubject()).startsWith("Action due by ").endsWith(": 4. Publish the revised protocol on the intranet");
        assertThat(MailServer.plainText(month)).contains("in 30 days").contains("You are receiving this as Director of Law and Governance");
        assertThat(MailServer.calendar(month).orElseThrow()).as("the deadline for the holder's calendar")
                .contains("METHOD:REQUEST", "UID:plan-action-" + id + "@council-protocol",
                        "DTSTART;VALUE=DATE:" + deadline.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));

        LocalDate moved = deadline.plusDays(30);
        scope.publish(TOPIC, id, ActionDueDateChanged.newBuilder().setAction(action(id, moved, ActionStatus.IN_PROGRESS, lead,
                List.of(director), "Director of Law and Governance")).setPrevious(open.getDue()).build());
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + id
                + "' AND status = 'CANCELLED'") == 1, Duration.ofSeconds(20), "the old deadline's 7-day reminder cancelled");
        // the old deadline is in the holder's calendar: the event moves at once
        MimeMessage movedMail = scope.mail().awaitMailbox(director + "@example.gov.uk", 2, Duration.ofSeconds(20)).get(1);
        assertThat(movedMail.getSubject()).startsWith("New deadline ").endsWith(": 4. Publish the revised protocol on the intranet");
        assertThat(MailServer.calendar(movedMail).orElseThrow()).contains("METHOD:REQUEST", "UID:plan-action-" + id + "@council-protocol",
                "DTSTART;VALUE=DATE:" + moved.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));

        at(moved.plusDays(1));
        scope.publish(TOPIC, id, ActionOverdue.newBuilder().setAction(action(id, moved, ActionStatus.IN_PROGRESS, lead,
                List.of(director), "Director of Law and Governance")).setDaysOverdue(1).build());
        List<MimeMessage> mail = scope.mail().awaitMailbox(director + "@example.gov.uk", 3, Duration.ofSeconds(20));
        MimeMessage overdue = mail.get(mail.size() - 1);
        assertThat(overdue.getSubject()).startsWith("Overdue action: 4. Publish the revised protocol");
        assertThat(overdue.getRecipients(Message.RecipientType.CC)[0].toString()).isEqualTo(lead + "@example.gov.uk");
        assertThat(MailServer.plainText(overdue)).contains("1 day overdue").contains("The theme lead, Sue Lead, has been copied");
        assertThat(MailServer.calendar(overdue)).isEmpty();

        scope.publish(TOPIC, id, ActionStatusChanged.newBuilder().setAction(action(id, moved, ActionStatus.COMPLETE, lead,
                List.of(director), "Director of Law and Governance")).setPrevious(ActionStatus.IN_PROGRESS).build());
        // closed: the deadline leaves the holder's calendar at once
        MimeMessage closed = scope.mail().awaitMailbox(director + "@example.gov.uk", 4, Duration.ofSeconds(20)).get(3);
        assertThat(closed.getSubject()).startsWith("Action closed: 4. Publish the revised protocol");
        assertThat(MailServer.calendar(closed).orElseThrow()).contains("METHOD:CANCEL", "UID:plan-action-" + id + "@council-protocol");
        scope.publish(TOPIC, id, ActionOverdue.newBuilder().setAction(action(id, moved, ActionStatus.IN_PROGRESS, lead,
                List.of(director), "Director of Law and Governance")).setDaysOverdue(1).build());   // replayed overdue
        scope.publish(TOPIC, id, ActionStatusChanged.newBuilder().setAction(action(id, moved, ActionStatus.COMPLETE, lead,
                List.of(director), "Director of Law and Governance")).setPrevious(ActionStatus.IN_PROGRESS).build());   // again
        Thread.sleep(2_000);
        assertThat(scope.mail().mailbox(director + "@example.gov.uk")).as("30 days before, moved, overdue, closed; nothing twice")
                .hasSize(4);
        assertThat(scope.mail().mailbox(deputy + "@example.gov.uk")).as("another post").isEmpty();
    }

    static Milestone milestone(String id, String text, LocalDate due, String doneOn) {
        return Milestone.newBuilder().setId(id).setText(text).setDoneOn(doneOn)
                .setDue(DueDate.newBuilder().setText("By " + due).setPrecision("DAY").setDeadline(due.toString())).build();
    }

    /**
     * Each milestone not done is reminded of a week before it is due, to whoever answers for the action; one marked
     * done before then is not, and nothing goes twice when the events come again.
     */
    @Test
    void aMilestoneIsRemindedOfAWeekBeforeUnlessMarkedDone() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String owner = "ms-" + tag;
        person(owner, "Mo Milestone", "Head of Democratic Services");
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.contact WHERE person_id = '" + owner + "'") == 1,
                Duration.ofSeconds(30), "contact copied");
        String id = UUID.randomUUID().toString();
        LocalDate deadline = LocalDate.now(clock).plusDays(90);
        LocalDate draft = LocalDate.now(clock).plusDays(20);
        LocalDate consulted = LocalDate.now(clock).plusDays(40);
        String draftId = UUID.randomUUID().toString();
        String consultedId = UUID.randomUUID().toString();
        ActionSnapshot created = action(id, deadline, ActionStatus.NOT_STARTED, "", List.of(owner), "Head of Democratic Services")
                .toBuilder().addMilestones(milestone(draftId, "Draft circulated to group leaders", draft, ""))
                .addMilestones(milestone(consultedId, "Consultation closed", consulted, "")).build();
        scope.publish(TOPIC, id, ActionCreated.newBuilder().setAction(created).build());
        scope.publish(TOPIC, id, ActionCreated.newBuilder().setAction(created).build());   // a redelivery
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_type = 'plan-milestone' "
                + "AND subject_id IN ('" + draftId + "', '" + consultedId + "')") == 2, Duration.ofSeconds(30), "one for each milestone");

        at(draft.minusDays(7));
        MimeMessage week = scope.mail().awaitMailbox(owner + "@example.gov.uk", 1, Duration.ofSeconds(20)).get(0);
        assertThat(week.getSubject()).isEqualTo("Milestone due by " + Letter.longDate(draft) + ": Draft circulated to group leaders");
        assertThat(MailServer.plainText(week)).contains("in 7 days", "Action: 4. Publish the revised protocol on the intranet",
                "mark it done");

        scope.publish(TOPIC, id, MilestoneMarked.newBuilder().setAction(created.toBuilder().setMilestones(1,
                milestone(consultedId, "Consultation closed", consulted, draft.toString()))).build());
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + consultedId
                + "' AND status = 'CANCELLED'") == 1, Duration.ofSeconds(20), "done early: its reminder cancelled");
        at(consulted.minusDays(7));
        Thread.sleep(1_500);
        assertThat(scope.mail().mailbox(owner + "@example.gov.uk")).as("the draft's week, and nothing for the one done").hasSize(1);
    }

    @Test
    void aCompletedActionSendsNothingMore() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String owner = "own-" + tag;
        person(owner, "Olu Owner", "Head of Democratic Services");
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.contact WHERE person_id = '" + owner + "'") == 1,
                Duration.ofSeconds(30), "contact copied");
        String id = UUID.randomUUID().toString();
        LocalDate deadline = LocalDate.now(clock).plusDays(45);
        scope.publish(TOPIC, id, ActionCreated.newBuilder().setAction(action(id, deadline, ActionStatus.NOT_STARTED, "",
                List.of(owner), "Head of Democratic Services")).build());
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + id + "'") == 2,
                Duration.ofSeconds(30), "planned");
        scope.publish(TOPIC, id, ActionStatusChanged.newBuilder().setAction(action(id, deadline, ActionStatus.COMPLETE, "",
                List.of(owner), "Head of Democratic Services")).setPrevious(ActionStatus.NOT_STARTED).build());
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + id
                + "' AND status = 'CANCELLED'") == 2, Duration.ofSeconds(20), "cancelled on completion");
        at(deadline.minusDays(7));
        Thread.sleep(1_500);
        assertThat(scope.mail().mailbox(owner + "@example.gov.uk")).isEmpty();
    }

    @Test
    void whoeverTakesUpThePostIsRemindedAndWhoeverLeavesItNoLonger() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String auditor = "aud-" + tag;
        String id = UUID.randomUUID().toString();
        LocalDate deadline = LocalDate.now(clock).plusDays(50);
        String post = "Head of Internal Audit " + tag;
        scope.publish(TOPIC, id, ActionCreated.newBuilder().setAction(action(id, deadline, ActionStatus.NOT_STARTED, "",
                List.of(), post)).build());
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.plan_action WHERE action_id = '" + id + "'") == 1,
                Duration.ofSeconds(30), "action copied");
        assertThat(scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + id + "'")).as("nobody holds it yet").isZero();

        person(auditor, "Ada Auditor", post);
        scope.publish(TOPIC, id, ActionAnswerersChanged.newBuilder().setAction(action(id, deadline, ActionStatus.NOT_STARTED, "",
                List.of(auditor), post)).build());
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + id
                + "' AND person_id = '" + auditor + "' AND status = 'PENDING'") == 2, Duration.ofSeconds(30), "the new holder's reminders planned");

        scope.publish(TOPIC, id, ActionAnswerersChanged.newBuilder().setAction(action(id, deadline, ActionStatus.NOT_STARTED, "",
                List.of(), post)).addPreviousPersonIds(auditor).build());
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM notifications.reminder WHERE subject_id = '" + id
                + "' AND person_id = '" + auditor + "' AND status = 'CANCELLED'") == 2, Duration.ofSeconds(30),
                "the leaver's reminders cancelled");
    }

}
