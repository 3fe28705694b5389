package uk.councilprotocol.plans.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.plans.v1.ActionAnswerersChanged;
import uk.councilprotocol.contracts.plans.v1.ActionCreated;
import uk.councilprotocol.contracts.plans.v1.ActionDueDateChanged;
import uk.councilprotocol.contracts.plans.v1.ActionOverdue;
import uk.councilprotocol.contracts.plans.v1.ActionStatusChanged;
import uk.councilprotocol.contracts.plans.v1.GetPlanRequest;
import uk.councilprotocol.contracts.plans.v1.ListMyActionsRequest;
import uk.councilprotocol.contracts.plans.v1.CorrectProgressRequest;
import uk.councilprotocol.contracts.plans.v1.MarkMilestoneRequest;
import uk.councilprotocol.contracts.plans.v1.MilestoneMarked;
import uk.councilprotocol.contracts.plans.v1.ProgressCorrected;
import uk.councilprotocol.contracts.plans.v1.PlansGrpc;
import uk.councilprotocol.contracts.plans.v1.ProgressRecorded;
import uk.councilprotocol.contracts.plans.v1.RecordProgressRequest;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.councilprotocol.plans.PlanFixtures.action;
import static uk.councilprotocol.plans.PlanFixtures.imported;
import static uk.councilprotocol.plans.PlanFixtures.onRoster;
import static uk.councilprotocol.plans.PlanFixtures.plan;

/**
 * An action after import: its owner (by post, per the roster) records progress and completes it, others may
 * not; the standards team moves its deadline and overrides its RAG; it falls overdue once; each change is an
 * event on Kafka keyed by the action; and the same works over gRPC.
 */
// Its outcome depends on the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionLifecycleTest extends ServiceCallsTest {
    static final String TABLE = "Theme\tAction\tOwner\tDue date\n"
            + "Governance (LEAD: Sue Putt)\tPublish the revised protocol on the intranet\tDirector of Law and Governance\tMarch 2027\n"
            + "Governance (LEAD: Sue Putt)\tRun the annual councillor skills audit\tAll Directors\tBy summer 2027\n"
            + "Members\tReport enquiry response times to the Standards Committee\tGareth Llewellyn\tDecember 2026\n";

    @Inject
    AdjustableClock clock;
    @Inject
    OverdueScanner overdueScanner;

    JsonNode plan;

    @BeforeAll
    void planAndRoster() {
        clock.setInstant(Instant.parse("2026-11-23T09:00:00Z"));
        onRoster(scope, "EM-0105", "Sue Putt", "Executive Director (Strategy, Change and Governance)");
        onRoster(scope, "EM-0103", "Gareth Llewellyn", "Director of Law and Governance");
        onRoster(scope, "EM-0201", "Tom Whitfield", "Social Work Team Manager");
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM plans.person") == 3, Duration.ofSeconds(30),
                "people copied from roster events");
        JsonNode report = imported(as("mo", "standards"), TABLE, Map.of("title", "Eastmoor protocol plan"));
        plan = plan(as("mo", "standards"), report.get("planId").asText());
    }

    @AfterAll
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void theHolderOfThePostRecordsProgressAndCompletesItOthersMayNot() throws Exception {
        String id = action(plan, "Publish the revised protocol").get("id").asText();
        HttpCalls.Reply stranger = as("EM-0201", "officer").postJson("/actions/" + id + "/progress",
                Map.of("narrative", "Not mine to say"));
        assertThat(stranger.status()).isEqualTo(403);
        HttpCalls.Reply empty = as("EM-0103", "officer").postJson("/actions/" + id + "/progress", Map.of("narrative", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("violations").get(0).get("field").asText()).isEqualTo("narrative");
        assertThat(as("EM-0103", "officer").postJson("/actions/" + id + "/progress",
                Map.of("narrative", "x", "status", "FINISHED")).status()).isEqualTo(400);

        try (EventProbe probe = scope.probe("plans.events.v1")) {
            HttpCalls.Reply progress = as("EM-0103", "officer").postJson("/actions/" + id + "/progress",
                    Map.of("narrative", "Draft agreed with group leaders; publishing after Full Council.", "status", "IN_PROGRESS"));
            assertThat(progress.status()).as(progress.body()).isEqualTo(200);
            assertThat(progress.json().get("progressPercent").asInt()).isEqualTo(50);
            assertThat(progress.json().get("progress").get(0).get("author").asText()).isEqualTo("Gareth Llewellyn");

            HttpCalls.Reply done = as("EM-0103", "officer").put("/actions/" + id + "/status", "application/json",
                    "{\"status\":\"COMPLETE\",\"narrative\":\"Published on 20 November.\"}");
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat(done.json().get("status").asText()).isEqualTo("COMPLETE");
            assertThat(done.json().get("progressPercent").asInt()).isEqualTo(100);
            assertThat(done.json().get("rag").asText()).isEqualTo("BLUE");

            List<ConsumerRecord<String, byte[]>> changed = probe.await(r -> r.key().equals(id)
                    && ActionStatusChanged.getDescriptor().getFullName().equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE)),
                    2, Duration.ofSeconds(20));
            ActionStatusChanged completed = ActionStatusChanged.parseFrom(changed.get(1).value());
            assertThat(completed.getAction().getStatus().name()).isEqualTo("COMPLETE");
            assertThat(completed.getPrevious().name()).isEqualTo("IN_PROGRESS");
            assertThat(completed.getAction().getOwner().getRoles(0)).isEqualTo("Director of Law and Governance");
            assertThat(completed.getAction().getThemeLeadPersonId()).isEqualTo("EM-0105");
            ConsumerRecord<String, byte[]> recorded = probe.await(ProgressRecorded.getDescriptor().getFullName(), 2,
                    Duration.ofSeconds(20)).get(0);
            assertThat(new String(recorded.headers().lastHeader(CloudEventHeaders.SOURCE).value(), StandardCharsets.UTF_8))
                    .isEqualTo("/plans-service");
        }
        JsonNode theme = plan(as("mo", "standards"), plan.get("id").asText()).get("themes").get(0);
        assertThat(theme.get("progressPercent").asInt()).as("(100 + 0) / 2 rolled up").isEqualTo(50);
    }

    @Test
    void theThemeLeadMayUpdateAndTheStandardsTeamMovesDeadlinesAndOverridesRag() throws Exception {
        String id = action(plan, "Run the annual councillor skills audit").get("id").asText();
        assertThat(as("EM-0105", "officer").postJson("/actions/" + id + "/progress",
                Map.of("narrative", "Questionnaire drafted.")).status()).as("theme lead").isEqualTo(200);
        assertThat(as("EM-0103", "officer").put("/actions/" + id + "/due", "application/json",
                "{\"due\":\"March 2028\",\"reason\":\"x\"}").status()).as("owners do not move deadlines").isEqualTo(403);
        HttpCalls.Reply vague = as("mo", "standards").put("/actions/" + id + "/due", "application/json",
                "{\"due\":\"whenever\",\"reason\":\"x\"}");
        assertThat(vague.status()).isEqualTo(400);
        assertThat(vague.json().get("violations").get(0).get("field").asText()).isEqualTo("due");
        try (EventProbe probe = scope.probe("plans.events.v1")) {
            HttpCalls.Reply moved = as("mo", "standards").put("/actions/" + id + "/due", "application/json",
                    "{\"due\":\"By autumn 2027\",\"reason\":\"Waiting for the new intake after the May elections\"}");
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            assertThat(moved.json().get("due").get("deadline").asText()).isEqualTo("2027-11-30");
            ActionDueDateChanged event = ActionDueDateChanged.parseFrom(probe.await(
                    ActionDueDateChanged.getDescriptor().getFullName(), 1, Duration.ofSeconds(20)).get(0).value());
            assertThat(event.getPrevious().getDeadline()).isEqualTo("2027-08-31");
            assertThat(event.getAction().getDue().getDeadline()).isEqualTo("2027-11-30");
        }
        HttpCalls.Reply noReason = as("mo", "standards").put("/actions/" + id + "/rag", "application/json", "{\"rag\":\"RED\"}");
        assertThat(noReason.json().get("violations").get(0).get("field").asText()).isEqualTo("reason");
        HttpCalls.Reply red = as("mo", "standards").put("/actions/" + id + "/rag", "application/json",
                "{\"rag\":\"RED\",\"reason\":\"No budget agreed\"}");
        assertThat(red.json().get("rag").asText()).isEqualTo("RED");
        assertThat(red.json().get("ragOverridden").asBoolean()).isTrue();
        HttpCalls.Reply cleared = as("mo", "standards").put("/actions/" + id + "/rag", "application/json", "{}");
        assertThat(cleared.json().get("rag").asText()).as("in progress, months to go").isEqualTo("GREEN");
        assertThat(as("mo", "standards").put("/actions/" + id + "/evidence", "application/json",
                "{\"measure\":\"ENQUIRIES_ON_TIME\"}").status()).isEqualTo(200);
        assertThat(as("mo", "standards").get("/actions/" + id).json().get("progress").findValuesAsText("narrative"))
                .as("each change joins the action's timeline").contains(
                        "Due date changed from \"By summer 2027\" to \"By autumn 2027\": Waiting for the new intake after the May elections",
                        "RAG rating set to red by the committee: No budget agreed", "RAG rating set back to automatic",
                        "Live evidence linked: Councillor enquiries answered on time");

        // the audit log says what each change changed, before and after
        List<String> changes = new java.util.ArrayList<>();
        as("mo", "standards").get("/audit?limit=20&q=" + id).json()
                .forEach(e -> changes.add(e.get("action").asText() + " | " + e.path("changes").asText()));
        assertThat(changes).contains("PUT /actions/" + id + "/due | due: By summer 2027 → By autumn 2027",
                "PUT /actions/" + id + "/rag | rag_override: (none) → RED", "PUT /actions/" + id + "/rag | rag_override: RED → (none)",
                "POST /actions/" + id + "/progress | ");   // an update that moved no status changed nothing of the action's
    }

    /**
     * A progress update worded wrongly is corrected by its action's owner with a reason: the update says the new words,
     * what it said before is kept with the reason, who and when, and ProgressCorrected goes out once; anyone who may
     * not update the action is refused on both surfaces, and a correction without words or a reason names both.
     */
    @Test
    void theOwnerCorrectsAProgressUpdateAndItsEarlierWordingIsKept() throws Exception {
        JsonNode own = plan(as("mo", "standards"), imported(as("mo", "standards"), "Theme\tAction\tOwner\tDue date\n"
                + "Casework\tClear the casework backlog\tTom Whitfield\tJune 2027\n", Map.of("title", "Casework plan")).get("planId").asText());
        String id = action(own, "Clear the casework backlog").get("id").asText();
        HttpCalls tom = as("EM-0201", "officer");
        JsonNode recorded = tom.postJson("/actions/" + id + "/progress", Map.of("narrative", "Backlog down to 40 cases.")).json();
        String progressId = recorded.get("progress").get(0).get("id").asText();

        HttpCalls.Reply blank = tom.put("/progress/" + progressId, "application/json", "{\"narrative\":\" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("violations").findValuesAsText("field")).containsExactlyInAnyOrder("narrative", "reason");
        assertThat(as("EM-0103", "officer").put("/progress/" + progressId, "application/json",
                "{\"narrative\":\"Backlog cleared.\",\"reason\":\"mine now\"}").status()).as("not their action").isEqualTo(403);
        assertThatThrownBy(() -> GrpcCalls.withToken(PlansGrpc.newBlockingStub(channel), scope.token("EM-0103", "officer"))
                .correctProgress(CorrectProgressRequest.newBuilder().setProgressId(progressId).setNarrative("Backlog cleared.")
                        .setReason("mine now").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode())
                        .isEqualTo(io.grpc.Status.Code.PERMISSION_DENIED));

        try (EventProbe probe = scope.probe("plans.events.v1")) {
            HttpCalls.Reply corrected = tom.put("/progress/" + progressId, "application/json",
                    "{\"narrative\":\"Backlog down to 14 cases.\",\"reason\":\"40 was last month's figure\"}");
            assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
            JsonNode update = corrected.json().get("progress").get(0);
            assertThat(update.get("narrative").asText()).isEqualTo("Backlog down to 14 cases.");
            assertThat(update.get("revisions")).hasSize(1);
            assertThat(update.get("revisions").get(0).get("narrative").asText()).isEqualTo("Backlog down to 40 cases.");
            assertThat(update.get("revisions").get(0).get("reason").asText()).isEqualTo("40 was last month's figure");
            assertThat(update.get("revisions").get(0).get("correctedBy").asText()).isEqualTo("Tom Whitfield");
            var again = GrpcCalls.withToken(PlansGrpc.newBlockingStub(channel), scope.token("EM-0201", "officer"))
                    .correctProgress(CorrectProgressRequest.newBuilder().setProgressId(progressId)
                            .setNarrative("Backlog down to 14 cases.").setReason("retried").build());
            assertThat(again.getProgress(0).getRevisionsList()).as("corrected to what it says already: nothing kept").hasSize(1);

            ProgressCorrected event = ProgressCorrected.parseFrom(probe.await(ProgressCorrected.getDescriptor().getFullName(), 1,
                    Duration.ofSeconds(20)).get(0).value());
            assertThat(event.getUpdate().getNarrative()).isEqualTo("Backlog down to 14 cases.");
            assertThat(event.getReason()).isEqualTo("40 was last month's figure");
            assertThat(probe.drain(Duration.ofSeconds(1)).stream().filter(r -> ProgressCorrected.getDescriptor().getFullName()
                    .equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE)))).as("once").hasSize(1);
        }
        assertThat(plan(as("mo", "standards"), own.get("id").asText()).toString()).as("the plan reads the corrected words")
                .contains("Backlog down to 14 cases.");
    }

    @Test
    void theStandardsTeamChangesAnOwnerAndTheNewOwnerMarksAMilestone() throws Exception {
        JsonNode own = plan(as("mo", "standards"), imported(as("mo", "standards"), "Theme\tAction\tOwner\tDue date\n"
                + "Induction\tRefresh the councillor induction programme. By March 2027, the first module will be online.\t"
                + "Tom Whitfield\tJune 2027\n", Map.of("title", "Induction plan")).get("planId").asText());
        JsonNode induction = action(own, "Refresh the councillor induction programme");
        String id = induction.get("id").asText();
        String milestone = induction.get("milestones").get(0).get("id").asText();

        assertThat(as("EM-0201", "officer").put("/actions/" + id + "/owner", "application/json",
                "{\"owner\":\"Gareth Llewellyn\",\"reason\":\"mine\"}").status()).as("an owner does not hand it on").isEqualTo(403);
        HttpCalls.Reply empty = as("mo", "standards").put("/actions/" + id + "/owner", "application/json", "{}");
        assertThat(empty.json().get("violations").findValuesAsText("field")).containsExactlyInAnyOrder("owner", "reason");
        HttpCalls.Reply nobody = as("mo", "standards").put("/actions/" + id + "/owner", "application/json",
                "{\"owner\":\"Director of Magic\",\"reason\":\"restructure\"}");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().get("violations").get(0).get("field").asText()).isEqualTo("owner");
        try (EventProbe probe = scope.probe("plans.events.v1")) {
            HttpCalls.Reply moved = as("mo", "standards").put("/actions/" + id + "/owner", "application/json",
                    "{\"owner\":\"Director of Law and Governance\",\"reason\":\"Induction moved to Democratic Services\"}");
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            assertThat(moved.json().get("owner").get("roles").get(0).asText()).isEqualTo("Director of Law and Governance");
            ActionAnswerersChanged changed = answerersChanged(probe, id, 1);
            assertThat(changed.getPreviousPersonIdsList()).containsExactly("EM-0201");
            assertThat(changed.getAction().getAnsweredByPersonIdsList()).as("the post's holder reminded from now on")
                    .containsExactly("EM-0103");
        }

        assertThat(as("EM-0201", "officer").put("/milestones/" + milestone, "application/json", "{\"done\":true}").status())
                .as("no longer the owner").isEqualTo(403);
        HttpCalls.Reply again;
        try (EventProbe probe = scope.probe("plans.events.v1")) {
            HttpCalls.Reply done = as("EM-0103", "officer").put("/milestones/" + milestone, "application/json", "{\"done\":true}");
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat(done.json().get("milestones").get(0).get("doneOn").asText()).isEqualTo("2026-11-23");
            assertThat(done.json().get("milestones").get(0).get("doneBy").asText()).isEqualTo("Gareth Llewellyn");
            again = as("EM-0103", "officer").put("/milestones/" + milestone, "application/json", "{\"done\":true}");
            MilestoneMarked marked = MilestoneMarked.parseFrom(probe.await(r -> r.key().equals(id)
                    && MilestoneMarked.getDescriptor().getFullName().equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE)),
                    1, Duration.ofSeconds(20)).get(0).value());
            assertThat(marked.getMilestone().getDoneOn()).as("notifications stops its reminders").isEqualTo("2026-11-23");
            assertThat(marked.getAction().getMilestonesList()).extracting(m -> m.getId() + " " + m.getDoneOn())
                    .containsExactly(milestone + " 2026-11-23");
            assertThat(probe.drain(Duration.ofSeconds(1)).stream().filter(r -> MilestoneMarked.getDescriptor().getFullName()
                    .equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE)))).as("marked twice, announced once").hasSize(1);
        }
        assertThat(again.json().get("progress").findValuesAsText("narrative")).as("marked twice, noted once")
                .containsOnlyOnce("Milestone done: \"By March 2027, the first module will be online.\"")
                .contains("Owner changed from \"Tom Whitfield\" to \"Director of Law and Governance\": Induction moved to Democratic Services");
        assertThatThrownBy(() -> GrpcCalls.withToken(PlansGrpc.newBlockingStub(channel), scope.token("mo", "standards"))
                .markMilestone(MarkMilestoneRequest.newBuilder().setMilestoneId("not-an-id").setDone(true).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
                        assertThat(GrpcCalls.badRequestFields(e)).containsExactly("milestone_id"));
        assertThat(as("mo", "standards").put("/milestones/" + milestone, "application/json", "{\"done\":false}")
                .json().get("milestones").get(0).path("doneOn").asText()).as("not done after all").isEmpty();
    }

    @Test
    void anActionPastItsDeadlineIsOverdueOnceAndListedUnderItsOwner() throws Exception {
        String id = action(plan, "Report enquiry response times").get("id").asText();
        assertThat(action(plan, "Report enquiry response times").get("rag").asText())
                .as("not started, five weeks to go").isEqualTo("AMBER");
        try (EventProbe probe = scope.probe("plans.events.v1")) {
            clock.setInstant(Instant.parse("2027-01-04T09:00:00Z"));
            overdueScanner.publishBatch();
            overdueScanner.publishBatch();
            List<ConsumerRecord<String, byte[]>> overdue = probe.await(ActionOverdue.getDescriptor().getFullName(), 1,
                    Duration.ofSeconds(20));
            ActionOverdue event = ActionOverdue.parseFrom(overdue.get(0).value());
            assertThat(overdue.get(0).key()).isEqualTo(id);
            assertThat(event.getDaysOverdue()).isEqualTo(4);
            assertThat(event.getAction().getOwner().getPersonId()).isEqualTo("EM-0103");
            assertThat(probe.drain(Duration.ofSeconds(2)).stream().filter(r -> r.key().equals(id)
                    && ActionOverdue.getDescriptor().getFullName().equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE))))
                    .as("once").hasSize(1);
            HttpCalls.Reply due = as("mo", "standards").get("/actions/due?withinDays=400");
            JsonNode gareth = null;
            for (JsonNode owner : due.json().get("owners")) {
                if (owner.get("owner").asText().equals("Gareth Llewellyn")) {
                    gareth = owner;
                }
            }
            assertThat(gareth).isNotNull();
            assertThat(gareth.get("overdue").get(0).get("id").asText()).isEqualTo(id);
        } finally {
            clock.setInstant(Instant.parse("2026-11-23T09:00:00Z"));
        }
    }

    @Test
    void overGrpcThePlanReadsAndBadInputNamesTheField() {
        PlansGrpc.PlansBlockingStub mo = GrpcCalls.withToken(PlansGrpc.newBlockingStub(channel), scope.token("mo", "standards"));
        var read = mo.getPlan(GetPlanRequest.newBuilder().setPlanId(plan.get("id").asText()).build());
        assertThat(read.getThemesList()).extracting(t -> t.getName()).containsExactly("Governance", "Members");
        assertThat(read.getThemes(0).getLeadName()).isEqualTo("Sue Putt");
        assertThatThrownBy(() -> mo.getPlan(GetPlanRequest.newBuilder().setPlanId("not-an-id").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("plan_id");
                });
        PlansGrpc.PlansBlockingStub gareth = GrpcCalls.withToken(PlansGrpc.newBlockingStub(channel), scope.token("EM-0103", "officer"));
        assertThat(gareth.listMyActions(ListMyActionsRequest.getDefaultInstance()).getActionsList())
                .extracting(a -> a.getText()).contains("Report enquiry response times to the Standards Committee");
        String audit = action(plan, "Run the annual councillor skills audit").get("id").asText();
        assertThat(gareth.recordProgress(RecordProgressRequest.newBuilder().setActionId(audit)
                .setNarrative("Law and Governance's return is in.").build()).getProgressCount())
                .as("All Directors: a Director of Law and Governance is one").isGreaterThanOrEqualTo(1);
        PlansGrpc.PlansBlockingStub tom = GrpcCalls.withToken(PlansGrpc.newBlockingStub(channel), scope.token("EM-0201", "officer"));
        assertThatThrownBy(() -> tom.recordProgress(RecordProgressRequest.newBuilder().setActionId(audit).setNarrative("x").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode())
                        .as("a team manager holds no Director's post").isEqualTo(io.grpc.Status.Code.PERMISSION_DENIED));
    }

    @Test
    void whoAnswersForAnActionIsResolvedHereAndFollowsTheRoster() throws Exception {
        String id = action(plan, "Run the annual councillor skills audit").get("id").asText();
        try (EventProbe probe = scope.probe("plans.events.v1")) {
            ActionCreated created = ActionCreated.parseFrom(probe.await(r -> r.key().equals(id)
                    && ActionCreated.getDescriptor().getFullName().equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE)),
                    1, Duration.ofSeconds(20)).get(0).value());
            assertThat(created.getAction().getAnsweredByPersonIdsList()).as("\"All Directors\": both Directors, not the team manager")
                    .containsExactly("EM-0103", "EM-0105");

            onRoster(scope, "EM-0301", "Dana Okafor", "Director of Finance");
            ActionAnswerersChanged joined = answerersChanged(probe, id, 1);
            assertThat(joined.getAction().getAnsweredByPersonIdsList()).containsExactly("EM-0103", "EM-0105", "EM-0301");
            assertThat(joined.getPreviousPersonIdsList()).containsExactly("EM-0103", "EM-0105");

            scope.publish("training.events.v1", "EM-0301", PersonChanged.newBuilder().setPerson(Person.newBuilder()
                    .setId("EM-0301").setFullName("Dana Okafor").setEmail("em-0301@eastmoor.example.gov.uk")
                    .setKind(PersonKind.OFFICER).setDepartment("Finance").setJobTitle("Finance Business Partner")
                    .setStartDate("2020-01-06").setActive(true)).build());
            ActionAnswerersChanged left = answerersChanged(probe, id, 2);
            assertThat(left.getAction().getAnsweredByPersonIdsList()).containsExactly("EM-0103", "EM-0105");
            assertThat(left.getPreviousPersonIdsList()).contains("EM-0301");
            assertThat(probe.drain(Duration.ofSeconds(2)).stream().filter(r -> ActionAnswerersChanged.getDescriptor().getFullName()
                    .equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE)))).as("only the action naming her post").hasSize(2);
        }
    }

    static ActionAnswerersChanged answerersChanged(EventProbe probe, String actionId, int nth) throws Exception {
        List<ConsumerRecord<String, byte[]>> changes = probe.await(r -> r.key().equals(actionId)
                && ActionAnswerersChanged.getDescriptor().getFullName().equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE)),
                nth, Duration.ofSeconds(30));
        return ActionAnswerersChanged.parseFrom(changes.get(nth - 1).value());
    }

    @Test
    void everyImportedActionWasAnnouncedOnce() throws Exception {
        try (EventProbe probe = scope.probe("plans.events.v1")) {
            List<ConsumerRecord<String, byte[]>> created = probe.await(ActionCreated.getDescriptor().getFullName(), 3,
                    Duration.ofSeconds(20));
            assertThat(created.stream().map(ConsumerRecord::key).distinct()).hasSize(3);
            assertThat(ActionCreated.parseFrom(created.get(0).value()).getAction().getPlanTitle()).isEqualTo("Eastmoor protocol plan");
        }
    }
}
