package uk.councilprotocol.training.requirements;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.AssignmentCreated;
import uk.councilprotocol.contracts.training.v1.ChangeRuleRequest;
import uk.councilprotocol.contracts.training.v1.ListRulesRequest;
import uk.councilprotocol.contracts.training.v1.Rule;
import uk.councilprotocol.contracts.training.v1.RuleChange;
import uk.councilprotocol.contracts.training.v1.RuleDraft;
import uk.councilprotocol.contracts.training.v1.RulePreview;
import uk.councilprotocol.contracts.training.v1.RuleAssignee;
import uk.councilprotocol.contracts.training.v1.RulesGrpc;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;
import uk.councilprotocol.training.TrainingFixtures;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules by political group and by committee, and the preview HR sees before saving one: exactly whom the rule
 * would assign and by when, with nothing kept and no event sent.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulesTest extends ServiceCallsTest {
    @Inject
    Clock clock;

    LocalDate today;

    @BeforeAll
    void importRoster() {
        today = LocalDate.now(clock);
        String roster = TrainingFixtures.smallRoster("rul", today.minusYears(2).toString())
                + "rul-L1,Cllr Lou Labour,lou.labour@rul.example.gov.uk,councillor,licensing-committee,,Labour Group,," + today.minusYears(2) + ",true\n"
                + "rul-L2,Cllr Ann Labour,ann.labour@rul.example.gov.uk,councillor,,,Labour Group,," + today.minusYears(2) + ",true\n"
                + "rul-L3,Cllr Old Labour,old.labour@rul.example.gov.uk,councillor,,,Labour Group,," + today.minusYears(2) + ",false\n";
        HttpCalls.Reply reply = hr().post("/roster/import", "text/csv", roster);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    HttpCalls hr() {
        return as("hr-amy", "hr");
    }

    RulesGrpc.RulesBlockingStub rules(String subject, String... roles) {
        return GrpcCalls.withToken(RulesGrpc.newBlockingStub(channel), scope.token(subject, roles)).withDeadlineAfter(20, TimeUnit.SECONDS);
    }

    /** Whom an AssignmentCreated event for SAFEGUARDING assigns; null for any other record. */
    static String safeguardingAssignee(ConsumerRecord<String, byte[]> record) {
        if (!AssignmentCreated.getDescriptor().getFullName().equals(CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE))) {
            return null;
        }
        try {
            var assignment = AssignmentCreated.parseFrom(record.value()).getAssignment();
            return assignment.getCourseCode().equals("SAFEGUARDING") ? assignment.getPersonId() : null;
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    static RuleDraft labour(String course) {
        return RuleDraft.newBuilder().setCourseCode(course).setPoliticalGroup("Labour Group").setDueWithinDays(30).build();
    }

    @Test
    void thePreviewNamesWhomAGroupsRuleWouldAssignAndKeepsNothing() throws Exception {
        try (EventProbe events = scope.probe("training.events.v1")) {
            RulePreview preview = rules("hr-amy", "hr").previewRule(labour("SAFEGUARDING"));
            assertThat(preview.getAssignments()).as("the group's two active councillors").isEqualTo(2);
            assertThat(preview.getFirstList()).extracting(RuleAssignee::getFullName).containsExactly("Cllr Ann Labour", "Cllr Lou Labour");
            assertThat(preview.getFirst(0).getDueDate()).isEqualTo(today.plusDays(30).toString());
            assertThat(scope.count("SELECT count(*) FROM training.requirement_rule WHERE political_group IS NOT NULL AND course_code = 'SAFEGUARDING'")).isZero();
            assertThat(scope.count("SELECT count(*) FROM training.assignment WHERE course_code = 'SAFEGUARDING'")).isZero();

            RuleChange added = rules("hr-amy", "hr").addRule(labour("SAFEGUARDING"));
            assertThat(added.getAssignmentsCreated()).isEqualTo(2);
            assertThat(added.getRule().getPoliticalGroup()).isEqualTo("Labour Group");
            events.await(r -> safeguardingAssignee(r) != null, 2, Duration.ofSeconds(20));
            List<String> assigned = events.drain(Duration.ofSeconds(1)).stream().map(RulesTest::safeguardingAssignee)
                    .filter(java.util.Objects::nonNull).toList();
            assertThat(assigned).as("only the rule added sent its events, the preview none").containsExactlyInAnyOrder("rul-L1", "rul-L2");
        }
        JsonNode lou = hr().get("/compliance/people/rul-L1").json().get("courses");
        assertThat(lou.findValuesAsText("courseCode")).contains("SAFEGUARDING");
        assertThat(hr().get("/compliance/people/rul-CLLR2").json().get("courses").findValuesAsText("courseCode"))
                .as("a Green councillor").doesNotContain("SAFEGUARDING");
    }

    @Test
    void aCommitteeIsARoleAndTheHttpPreviewAnswersTheSame() {
        HttpCalls.Reply preview = hr().postJson("/rules/preview", java.util.Map.of("courseCode", "POLITICAL_AWARENESS",
                "role", "Licensing committee", "dueWithinDays", 14));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("assignments").asInt()).isEqualTo(1);
        assertThat(preview.json().get("first").get(0).get("personId").asText()).isEqualTo("rul-L1");
        assertThat(preview.json().get("first").get(0).get("dueDate").asText()).isEqualTo(today.plusDays(14).toString());
    }

    @Test
    void onlyHrAndTheAdminChangeRulesAndBadDraftsAreNamed() {
        for (String[] caller : new String[][]{{"rul-OFF", "officer"}, {"mo", "standards"}, {"lms", "service", "department:adults-and-communities"}}) {
            assertThatThrownBy(() -> rules(caller[0], caller[1]).previewRule(labour("POLITICAL_AWARENESS")))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
            assertThatThrownBy(() -> rules(caller[0], caller[1]).addRule(labour("POLITICAL_AWARENESS")))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
            assertThat(as(caller[0], caller[1]).postJson("/rules/preview", java.util.Map.of("courseCode", "POLITICAL_AWARENESS",
                    "dueWithinDays", 5)).status()).isEqualTo(403);
        }
        assertThat(rules("mo", "standards").listRules(ListRulesRequest.getDefaultInstance()).getRulesList())
                .as("the Monitoring Officer reads the rules").extracting(Rule::getCourseCode).contains("NOLAN_PRINCIPLES");
        assertThat(rules("admin-eve", "admin").previewRule(labour("POLITICAL_AWARENESS")).getAssignments()).isEqualTo(2);

        assertThatThrownBy(() -> rules("hr-amy", "hr").previewRule(RuleDraft.newBuilder().setCourseCode("NO_SUCH_COURSE").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactlyInAnyOrder("course_code", "due_within_days");
                });
        assertThat(scope.count("SELECT count(*) FROM training.requirement_rule WHERE course_code = 'POLITICAL_AWARENESS' AND political_group IS NOT NULL"))
                .isZero();
    }

    @Test
    void hrChangesARuleAfterPreviewingTheChange() throws Exception {
        assertThat(hr().put("/courses/DOOR_KNOCKING", "application/json", "{\"title\":\"Safe door-knocking\"}").status()).isEqualTo(200);
        JsonNode added = hr().postJson("/rules", java.util.Map.of("courseCode", "DOOR_KNOCKING", "personKind", "councillor",
                "politicalGroup", "Green Group", "dueFrom", "assigned", "dueWithinDays", 30)).json();
        String greens = added.get("rule").get("id").asText();
        assertThat(added.get("assignmentsCreated").asInt()).as("Cllr Eli Member").isEqualTo(1);

        JsonNode preview = hr().postJson("/rules/" + greens + "/preview", java.util.Map.of("courseCode", "DOOR_KNOCKING",
                "personKind", "councillor", "politicalGroup", "Labour Group", "dueFrom", "assigned", "dueWithinDays", 45)).json();
        assertThat(preview.get("assignments").asInt()).isEqualTo(2);
        assertThat(preview.get("first").findValuesAsText("fullName")).containsExactly("Cllr Ann Labour", "Cllr Lou Labour");
        assertThat(scope.count("SELECT count(*) FROM training.assignment WHERE course_code = 'DOOR_KNOCKING' AND status = 'OPEN'"))
                .as("a preview keeps nothing").isEqualTo(1);

        RuleDraft labour = RuleDraft.newBuilder().setCourseCode("DOOR_KNOCKING").setPersonKind("councillor")
                .setPoliticalGroup("Labour Group").setDueFrom("assigned").setDueWithinDays(45).build();
        assertThatThrownBy(() -> rules("rul-OFF", "officer").changeRule(ChangeRuleRequest.newBuilder().setRuleId(greens)
                .setDraft(labour).build())).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        assertThatThrownBy(() -> rules("hr-amy", "hr").changeRule(ChangeRuleRequest.newBuilder().setRuleId(greens)
                .setDraft(labour.toBuilder().setCourseCode("")).build())).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(GrpcCalls.badRequestFields(e)).containsExactly("course_code"));
        RuleChange changed = rules("hr-amy", "hr").changeRule(ChangeRuleRequest.newBuilder().setRuleId(greens).setDraft(labour).build());
        assertThat(changed.getAssignmentsCreated()).isEqualTo(2);
        assertThat(changed.getAssignmentsCancelled()).as("the Green councillor's").isEqualTo(1);
        assertThat(changed.getRule().getPoliticalGroup()).isEqualTo("Labour Group");
        assertThat(rules("hr-amy", "hr").listRules(ListRulesRequest.getDefaultInstance()).getRulesList())
                .filteredOn(r -> r.getCourseCode().equals("DOOR_KNOCKING")).extracting(Rule::getActive)
                .as("the old rule kept for the record, retired").containsExactlyInAnyOrder(false, true);

        HttpCalls.Reply longer = hr().put("/rules/" + changed.getRule().getId(), "application/json", HttpCalls.toJson(
                java.util.Map.of("courseCode", "DOOR_KNOCKING", "personKind", "councillor", "politicalGroup", "Labour Group",
                        "dueFrom", "assigned", "dueWithinDays", 60)));
        assertThat(longer.status()).as(longer.body()).isEqualTo(200);
        assertThat(longer.json().get("assignmentsCreated").asInt()).isZero();
        assertThat(scope.text("SELECT string_agg(DISTINCT due_date::text, ',') FROM training.assignment "
                + "WHERE course_code = 'DOOR_KNOCKING' AND status = 'OPEN'")).as("open assignments keep the dates they were given")
                .isEqualTo(today.plusDays(45).toString());
        assertThat(hr().put("/rules/" + greens, "application/json", HttpCalls.toJson(java.util.Map.of("courseCode", "DOOR_KNOCKING",
                "dueWithinDays", 10))).status()).as("a retired rule is not changed").isEqualTo(409);
    }
}
