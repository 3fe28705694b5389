package uk.councilprotocol.training.requirements;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.AssignmentCreated;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.contracts.training.v1.RuleChange;
import uk.councilprotocol.contracts.training.v1.RuleDraft;
import uk.councilprotocol.contracts.training.v1.RulePreview;
import uk.councilprotocol.contracts.training.v1.RulesGrpc;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;
import uk.councilprotocol.training.TrainingFixtures;

import com.google.protobuf.InvalidProtocolBufferException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Due dates of every kind (issue 14), through HTTP, gRPC, Kafka and SQL: from being assigned, by a fixed day of the
 * year, and after completing another course (assigned when that course is done, cancelled if it is withdrawn).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DueDateRulesTest extends ServiceCallsTest {
    @Inject
    Clock clock;

    LocalDate today;

    @BeforeAll
    void rosterAndCourses() {
        today = LocalDate.now(clock);
        String roster = TrainingFixtures.smallRoster("due", today.minusYears(2).toString())
                + "due-NEW,Nia Newcomer,nia.newcomer@due.example.gov.uk,officer,,Adults and Communities,,due-DIR," + today.plusDays(30) + ",true\n";
        HttpCalls.Reply imported = hr().post("/roster/import", "text/csv", roster);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        for (String code : new String[]{"DATA_PROTECTION", "BUDGET_SCRUTINY", "CHAIRING", "MEETINGS_BASICS", "MEETINGS_ADVANCED", "UNUSED"}) {
            HttpCalls.Reply course = hr().put("/courses/" + code, "application/json", "{\"title\":\"" + code.replace('_', ' ') + "\"}");
            assertThat(course.status()).as(course.body()).isIn(200, 201);
        }
    }

    HttpCalls hr() {
        return as("hr-amy", "hr");
    }

    RulesGrpc.RulesBlockingStub rules(String subject, String... roles) {
        return GrpcCalls.withToken(RulesGrpc.newBlockingStub(channel), scope.token(subject, roles)).withDeadlineAfter(20, TimeUnit.SECONDS);
    }

    String dueDate(String personId, String course) {
        return scope.text("SELECT due_date::text FROM training.assignment WHERE person_id = '" + personId
                + "' AND course_code = '" + course + "' AND status = 'OPEN'");
    }

    @Test
    void daysFromBeingAssignedCountFromTodayWhileDaysFromStartingWaitForTheStart() {
        HttpCalls.Reply assigned = hr().postJson("/rules", Map.of("courseCode", "DATA_PROTECTION", "personKind", "officer",
                "dueFrom", "assigned", "dueWithinDays", 21));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        assertThat(assigned.json().get("rule").get("dueFrom").asText()).isEqualTo("ASSIGNED");
        HttpCalls.Reply starting = hr().postJson("/rules", Map.of("courseCode", "BUDGET_SCRUTINY", "personKind", "officer",
                "dueWithinDays", 21));
        assertThat(starting.status()).as(starting.body()).isEqualTo(201);
        assertThat(starting.json().get("rule").get("dueFrom").asText()).as("the kind when none is given").isEqualTo("STARTING");

        assertThat(dueDate("due-NEW", "DATA_PROTECTION")).as("starts in 30 days, assigned today").isEqualTo(today.plusDays(21).toString());
        assertThat(dueDate("due-NEW", "BUDGET_SCRUTINY")).isEqualTo(today.plusDays(30 + 21).toString());
        assertThat(dueDate("due-OFF", "DATA_PROTECTION")).isEqualTo(today.plusDays(21).toString());
        assertThat(dueDate("due-OFF", "BUDGET_SCRUTINY")).isEqualTo(today.plusDays(21).toString());
    }

    @Test
    void aFixedDateIsTheNextOneAtLeastTheNoticeAhead() {
        LocalDate target = today.plusDays(10);
        String day = target.format(DateTimeFormatter.ofPattern("MM-dd"));
        RuleDraft byTheDay = RuleDraft.newBuilder().setCourseCode("CHAIRING").setRole("cabinet-member")
                .setDueFrom("fixed-date").setDueBy(day).build();
        RulePreview withMoreNotice = rules("hr-amy", "hr").previewRule(byTheDay.toBuilder().setDueWithinDays(30).build());
        assertThat(withMoreNotice.getFirstList()).singleElement().satisfies(a -> {
            assertThat(a.getPersonId()).isEqualTo("due-CLLR1");
            assertThat(a.getDueDate()).as("ten days is less than the 30 days' notice: next year's").isEqualTo(target.plusYears(1).toString());
        });

        RuleChange added = rules("hr-amy", "hr").addRule(byTheDay);
        assertThat(added.getAssignmentsCreated()).isEqualTo(1);
        assertThat(added.getRule().getDueFrom()).isEqualTo("fixed-date");
        assertThat(added.getRule().getDueBy()).isEqualTo(day);
        assertThat(dueDate("due-CLLR1", "CHAIRING")).isEqualTo(target.toString());
    }

    @Test
    void aCourseAfterAnotherIsAssignedWhenThatOneIsDoneAndCancelledIfItIsWithdrawn() throws Exception {
        RuleChange added = rules("hr-amy", "hr").addRule(RuleDraft.newBuilder().setCourseCode("MEETINGS_ADVANCED")
                .setPersonKind("councillor").setDueFrom("after-course").setAfterCourse("MEETINGS_BASICS").setDueWithinDays(60).build());
        assertThat(added.getAssignmentsCreated()).as("nobody has done the basics yet").isZero();
        assertThat(added.getRule().getAfterCourse()).isEqualTo("MEETINGS_BASICS");

        String completion;
        try (EventProbe events = scope.probe("training.events.v1")) {
            completion = GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(channel), scope.token("hr-amy", "hr"))
                    .withDeadlineAfter(10, TimeUnit.SECONDS).recordCompletion(RecordCompletionRequest.newBuilder()
                            .setPersonId("due-CLLR2").setCourseCode("MEETINGS_BASICS").setCompletedOn(today.minusDays(3).toString())
                            .setProvider("Member development").build()).getCompletion().getId();
            // the topic from its start: the roster's own assignments for her are there too
            String type = AssignmentCreated.getDescriptor().getFullName();
            List<AssignmentCreated> advanced = events.await(r -> type.equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE))
                            && assignmentCreated(r).getAssignment().getCourseCode().equals("MEETINGS_ADVANCED"), 1, Duration.ofSeconds(20))
                    .stream().map(DueDateRulesTest::assignmentCreated).toList();
            assertThat(advanced).singleElement().satisfies(created -> {
                assertThat(created.getAssignment().getPersonId()).isEqualTo("due-CLLR2");
                assertThat(created.getAssignment().getDueDate()).isEqualTo(today.plusDays(60).toString());
            });
        }
        assertThat(dueDate("due-CLLR2", "MEETINGS_ADVANCED")).isEqualTo(today.plusDays(60).toString());
        assertThat(scope.count("SELECT count(*) FROM training.assignment WHERE course_code = 'MEETINGS_ADVANCED' AND person_id <> 'due-CLLR2'"))
                .as("the other councillor has not done the basics").isZero();

        HttpCalls.Reply withdrawn = hr().post("/completions/" + completion + "/withdrawal", "application/json",
                "{\"reason\":\"Recorded for the wrong councillor\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(scope.text("SELECT status FROM training.assignment WHERE person_id = 'due-CLLR2' AND course_code = 'MEETINGS_ADVANCED'"))
                .as("without the basics the advanced course is no longer required").isEqualTo("CANCELLED");
    }

    static AssignmentCreated assignmentCreated(ConsumerRecord<String, byte[]> record) {
        try {
            return AssignmentCreated.parseFrom(record.value());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badDueDatesAreNamedAndNothingIsKept() {
        Map<String, Map<String, Object>> drafts = new HashMap<>();
        drafts.put("due_from", Map.of("dueFrom", "fortnightly", "dueWithinDays", 10));
        drafts.put("due_by", Map.of("dueFrom", "fixed-date", "dueBy", "02-30"));
        drafts.put("due_within_days", Map.of("dueFrom", "fixed-date", "dueBy", "03-31", "dueWithinDays", 400));
        drafts.put("after_course", Map.of("dueFrom", "after-course", "afterCourse", "UNUSED", "dueWithinDays", 10));
        for (Map.Entry<String, Map<String, Object>> draft : drafts.entrySet()) {
            Map<String, Object> body = new HashMap<>(draft.getValue());
            body.put("courseCode", "UNUSED");
            HttpCalls.Reply refused = hr().postJson("/rules", body);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.violationFields()).as(draft.getValue().toString()).containsExactly(draft.getKey());
        }
        assertThat(hr().postJson("/rules", Map.of("courseCode", "UNUSED", "dueFrom", "fixed-date")).violationFields())
                .as("a fixed date needs its day").containsExactly("due_by");
        assertThat(hr().postJson("/rules", Map.of("courseCode", "UNUSED", "dueFrom", "after-course", "dueWithinDays", 5,
                "afterCourse", "NO_SUCH_COURSE")).violationFields()).containsExactly("after_course");
        assertThat(hr().postJson("/rules", Map.of("courseCode", "UNUSED", "dueBy", "03-31", "dueWithinDays", 5)).violationFields())
                .as("a day of the year only for a fixed date").containsExactly("due_by");
        assertThat(hr().postJson("/rules", Map.of("courseCode", "UNUSED", "dueFrom", "assigned")).violationFields())
                .containsExactly("due_within_days");

        assertThatThrownBy(() -> rules("hr-amy", "hr").addRule(RuleDraft.newBuilder().setCourseCode("UNUSED")
                .setDueFrom("fixed-date").setDueBy("31-03").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("due_by");
                });
        assertThat(scope.count("SELECT count(*) FROM training.requirement_rule WHERE course_code = 'UNUSED'")).isZero();
    }

    @Test
    void onlyHrAndTheAdminAddRulesOfEveryKind() {
        Map<String, Object> fixed = Map.of("courseCode", "UNUSED", "dueFrom", "fixed-date", "dueBy", "03-31");
        for (String[] caller : new String[][]{{"due-OFF", "officer"}, {"mo", "standards"}, {"lms", "service", "department:adults-and-communities"}}) {
            assertThat(as(caller[0], caller[1]).postJson("/rules", fixed).status()).isEqualTo(403);
            assertThatThrownBy(() -> rules(caller[0], caller[1]).addRule(RuleDraft.newBuilder().setCourseCode("UNUSED")
                    .setDueFrom("fixed-date").setDueBy("03-31").build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        }
        assertThat(scope.count("SELECT count(*) FROM training.requirement_rule WHERE course_code = 'UNUSED'")).isZero();
        HttpCalls.Reply byTheAdmin = as("admin-eve", "admin").postJson("/rules/preview", fixed);
        assertThat(byTheAdmin.status()).as(byTheAdmin.body()).isEqualTo(200);
    }
}
