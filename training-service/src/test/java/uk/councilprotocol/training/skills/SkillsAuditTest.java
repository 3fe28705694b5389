package uk.councilprotocol.training.skills;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.AnswerAuditRequest;
import uk.councilprotocol.contracts.training.v1.AssignmentCreated;
import uk.councilprotocol.contracts.training.v1.AuditSkill;
import uk.councilprotocol.contracts.training.v1.GetSkillsMatrixRequest;
import uk.councilprotocol.contracts.training.v1.PublishAuditRequest;
import uk.councilprotocol.contracts.training.v1.SkillGap;
import uk.councilprotocol.contracts.training.v1.SkillRating;
import uk.councilprotocol.contracts.training.v1.SkillsAudit;
import uk.councilprotocol.contracts.training.v1.SkillsAuditAnswered;
import uk.councilprotocol.contracts.training.v1.SkillsAuditAnswers;
import uk.councilprotocol.contracts.training.v1.SkillsAuditPublished;
import uk.councilprotocol.contracts.training.v1.SkillsAuditsGrpc;
import uk.councilprotocol.contracts.training.v1.SkillsMatrix;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;
import uk.councilprotocol.training.TrainingFixtures;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The skills audit of councillors through HTTP, gRPC, Kafka and SQL: HR publishes the skills and the level needed,
 * a councillor rates themselves, a gap assigns its required course once however often they answer, or suggests it;
 * HR reads the matrix with who has not answered. Who may do what is checked both ways; bad input names its field.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SkillsAuditTest extends ServiceCallsTest {
    @Inject
    Clock clock;

    LocalDate today;

    @BeforeAll
    void importRoster() {
        today = LocalDate.now(clock);
        String roster = TrainingFixtures.HEADER
                + "ska-C1,Cllr Ann Able,ann.able@ska.example.gov.uk,councillor,,,Green Group,," + today.minusYears(3) + ",true\n"
                + "ska-C2,Cllr Ben Busy,ben.busy@ska.example.gov.uk,councillor,,,Green Group,," + today.minusYears(3) + ",true\n"
                + "ska-GONE,Cllr Col Gone,col.gone@ska.example.gov.uk,councillor,,,Green Group,," + today.minusYears(3) + ",false\n"
                + "ska-OFF,Dee Officer,dee.officer@ska.example.gov.uk,officer,,Resources,,," + today.minusYears(3) + ",true\n";
        HttpCalls.Reply reply = as("hr-amy", "hr").post("/roster/import", "text/csv", roster);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    SkillsAuditsGrpc.SkillsAuditsBlockingStub grpc(String subject, String... roles) {
        return grpc(SkillsAuditsGrpc::newBlockingStub, subject, roles);
    }

    SkillsAudit publish(String title) {
        return grpc("hr-amy", "hr").publishAudit(PublishAuditRequest.newBuilder().setTitle(title)
                .setClosesOn(today.plusDays(30).toString()).setGapDueDays(45)
                .addSkills(AuditSkill.newBuilder().setName("Safeguarding residents").setNeededLevel(3)
                        .setCourseCode("SAFEGUARDING").setGapRequiresCourse(true))
                .addSkills(AuditSkill.newBuilder().setName("Chairing a meeting").setNeededLevel(2)
                        .setCourseCode("PLANNING_LICENSING"))
                .addSkills(AuditSkill.newBuilder().setName("Using the council's laptop and Teams").setNeededLevel(3))
                .build());
    }

    static SkillRating rating(int position, int level) {
        return SkillRating.newBuilder().setPosition(position).setLevel(level).build();
    }

    @Test
    void aCouncillorsGapsAssignOrSuggestTheirCoursesAndHrSeesTheMatrix() throws Exception {
        try (EventProbe events = scope.probe("training.events.v1")) {
            SkillsAudit audit = publish("Councillors' skills and experience");
            assertThat(audit.getOpen()).isTrue();
            assertThat(audit.getSkillsList()).extracting(AuditSkill::getPosition).containsExactly(0, 1, 2);
            SkillsAuditPublished published = SkillsAuditPublished.parseFrom(
                    events.awaitOnly(SkillsAuditPublished.getDescriptor().getFullName(), audit.getId()));
            assertThat(published.getAudit().getSkillsCount()).isEqualTo(3);
            assertThat(as("ska-C1", "councillor").get("/skills-audits").json().findValuesAsText("title"))
                    .as("councillors see it to answer").contains("Councillors' skills and experience");

            AnswerAuditRequest answers = AnswerAuditRequest.newBuilder().setAuditId(audit.getId())
                    .addRatings(rating(0, 1)).addRatings(rating(1, 1)).addRatings(rating(2, 4)).build();
            SkillsAuditAnswers answered = grpc("ska-C1", "councillor").answerAudit(answers);
            assertThat(answered.getGapsList()).extracting(SkillGap::getSkillName, SkillGap::getOutcome, SkillGap::getDueDate)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Safeguarding residents", "REQUIRED", today.plusDays(45).toString()),
                            org.assertj.core.groups.Tuple.tuple("Chairing a meeting", "SUGGESTED", ""));
            assertThat(scope.count("SELECT count(*) FROM training.assignment WHERE person_id = 'ska-C1' "
                    + "AND course_code = 'SAFEGUARDING' AND status = 'OPEN' AND due_date = '" + today.plusDays(45) + "'"))
                    .as("the required course assigned, due 45 days on").isEqualTo(1);
            assertThat(scope.count("SELECT count(*) FROM training.assignment WHERE person_id = 'ska-C1' AND course_code = 'PLANNING_LICENSING'"))
                    .as("a suggested one is not assigned").isZero();

            // answering again replaces the ratings and assigns nothing twice
            grpc("ska-C1", "councillor").answerAudit(answers.toBuilder().setRatings(2, rating(2, 2)).build());
            assertThat(scope.count("SELECT count(*) FROM training.skills_audit_rating WHERE person_id = 'ska-C1'")).isEqualTo(3);
            List<ConsumerRecord<String, byte[]>> assigned = events.await(r -> "ska-C1".equals(r.key())
                    && AssignmentCreated.getDescriptor().getFullName().equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE))
                    && courseOf(r).equals("SAFEGUARDING"), 1, Duration.ofSeconds(20));
            assertThat(events.await(SkillsAuditAnswered.getDescriptor().getFullName(), 2, Duration.ofSeconds(20))
                    .stream().filter(r -> "ska-C1".equals(r.key())).toList()).hasSize(2);
            assertThat(events.drain(Duration.ofMillis(500)).stream().filter(r -> "ska-C1".equals(r.key())
                    && AssignmentCreated.getDescriptor().getFullName().equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE))
                    && courseOf(r).equals("SAFEGUARDING")).toList()).as("assigned once").hasSameSizeAs(assigned).hasSize(1);

            JsonNode mine = as("ska-C1", "councillor").get("/skills-audits/" + audit.getId() + "/answers/mine").json();
            assertThat(mine.get("gaps").findValuesAsText("skillName"))
                    .containsExactly("Safeguarding residents", "Chairing a meeting", "Using the council's laptop and Teams");
            assertThat(as("ska-C2", "councillor").get("/skills-audits/" + audit.getId() + "/answers/mine").status())
                    .as("Ben has not answered").isEqualTo(404);

            SkillsMatrix matrix = grpc("hr-amy", "hr").getSkillsMatrix(GetSkillsMatrixRequest.newBuilder().setAuditId(audit.getId()).build());
            assertThat(matrix.getAnswersList()).extracting(SkillsAuditAnswers::getPersonName).containsExactly("Cllr Ann Able");
            assertThat(matrix.getAnswers(0).getRatingsList()).extracting(SkillRating::getLevel).containsExactly(1, 1, 2);
            assertThat(matrix.getNotAnsweredList()).as("serving councillors only").contains("Cllr Ben Busy")
                    .doesNotContain("Cllr Col Gone", "Dee Officer", "Cllr Ann Able");
            assertThat(as("ska-OFF", "officer", "standards").get("/skills-audits/" + audit.getId() + "/matrix").status())
                    .as("the Monitoring Officer's team reads it").isEqualTo(200);
        }
    }

    @Test
    void onlyHrPublishesOnlyServingCouncillorsAnswerAndOnlyHrReadsTheMatrix() {
        String body = "{\"title\":\"IT skills\",\"closesOn\":\"" + today.plusDays(10) + "\",\"skills\":[{\"name\":\"Email\",\"neededLevel\":2}]}";
        assertThat(as("ska-C1", "councillor").post("/skills-audits", "application/json", body).status()).isEqualTo(403);
        HttpCalls.Reply published = as("hr-amy", "hr").post("/skills-audits", "application/json", body);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        String id = published.json().get("audit").get("id").asText();
        String answer = "{\"ratings\":[{\"position\":0,\"level\":3}]}";
        assertThat(as("ska-OFF", "officer").put("/skills-audits/" + id + "/answers", "application/json", answer).status())
                .as("an officer does not answer a councillors' audit").isEqualTo(403);
        assertThat(as("ska-GONE", "councillor").put("/skills-audits/" + id + "/answers", "application/json", answer).status())
                .as("nor a councillor who has stood down").isEqualTo(403);
        assertThat(as("ska-C2", "councillor").put("/skills-audits/" + id + "/answers", "application/json", answer).status()).isEqualTo(200);
        assertThat(as("ska-C2", "councillor").get("/skills-audits/" + id + "/matrix").status()).isEqualTo(403);
        assertThatThrownBy(() -> grpc("ska-C2", "councillor").getSkillsMatrix(GetSkillsMatrixRequest.newBuilder().setAuditId(id).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        assertThat(as("hr-amy", "hr").get("/skills-audits/" + id + "/matrix").json().get("answers").size()).isEqualTo(1);
    }

    @Test
    void badRequestsNameTheirFieldsAndWriteNothing() {
        HttpCalls hr = as("hr-amy", "hr");
        long before = scope.count("SELECT count(*) FROM training.skills_audit");
        assertThat(hr.post("/skills-audits", "application/json", "{}").violationFields())
                .containsExactlyInAnyOrder("title", "closes_on", "skills");
        assertThat(hr.post("/skills-audits", "application/json", "{\"title\":\"T\",\"closesOn\":\"" + today.minusDays(1)
                + "\",\"gapDueDays\":400,\"skills\":[{\"neededLevel\":5},{\"name\":\"Email\",\"neededLevel\":2,\"courseCode\":\"NO_SUCH\"},"
                + "{\"name\":\"email\",\"neededLevel\":2,\"gapRequiresCourse\":true}]}").violationFields())
                .containsExactlyInAnyOrder("closes_on", "gap_due_days", "skills[0].name", "skills[0].needed_level",
                        "skills[1].course_code", "skills[2].name", "skills[2].course_code");
        assertThat(scope.count("SELECT count(*) FROM training.skills_audit")).isEqualTo(before);

        SkillsAudit audit = publish("Bad answers");
        String path = "/skills-audits/" + audit.getId() + "/answers";
        HttpCalls ann = as("ska-C2", "councillor");
        assertThat(ann.put(path, "application/json", "{}").violationFields()).containsExactly("ratings");
        assertThat(ann.put(path, "application/json", "{\"ratings\":[{\"position\":0,\"level\":0},{\"position\":7,\"level\":2},"
                + "{\"position\":1,\"level\":2},{\"position\":1,\"level\":3}]}").violationFields())
                .containsExactly("ratings[0].level", "ratings[1].position", "ratings[3].position");
        assertThat(ann.put(path, "application/json", "{\"ratings\":[{\"position\":0,\"level\":2}]}").json().toString())
                .as("every skill rated, the missing ones named").contains("Chairing a meeting").contains("not rated");
        assertThat(ann.put("/skills-audits/not-an-id/answers", "application/json", "{}").violationFields()).containsExactly("audit_id");
        assertThat(scope.count("SELECT count(*) FROM training.skills_audit_rating WHERE audit_id = '" + audit.getId() + "'")).isZero();
    }

    private static String courseOf(ConsumerRecord<String, byte[]> record) {
        try {
            return AssignmentCreated.parseFrom(record.value()).getAssignment().getCourseCode();
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
