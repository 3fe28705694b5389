package uk.councilprotocol.training.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.ComplianceGrpc;
import uk.councilprotocol.contracts.training.v1.ListTeamRequest;
import uk.councilprotocol.contracts.training.v1.PersonCompliance;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.ServiceCallsTest;
import uk.councilprotocol.training.TrainingFixtures;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A line manager sees their reports' training, a group leader their group's councillors', and nobody anyone else's. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamTest extends ServiceCallsTest {

    @BeforeAll
    void importRoster() {
        String roster = TrainingFixtures.smallRoster("team", "2026-09-01")
                + "team-CLLR3,Cllr Fay Follower,fay.follower@team.example.gov.uk,councillor,,,Independent Group,,2026-09-01,true\n"
                + "team-OFF2,Abe Officer,abe.officer@team.example.gov.uk,officer,,Adults and Communities,,team-DIR,2026-09-01,true\n"
                + "team-OFF3,Zed Former,zed.former@team.example.gov.uk,officer,,Adults and Communities,,team-DIR,2026-09-01,false\n";
        HttpCalls.Reply reply = as("hr-amy", "hr").post("/roster/import", "text/csv", roster);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    List<String> teamOf(String subject, String... roles) {
        JsonNode team = as(subject, roles).get("/compliance/team").json();
        return team.findValues("person").stream().map(p -> p.get("id").asText()).toList();
    }

    @Test
    void aLineManagerSeesTheirActiveReportsWithTheirCourses() {
        assertThat(teamOf("team-DIR", "officer")).containsExactly("team-OFF2", "team-OFF");
        JsonNode cal = as("team-DIR", "officer").get("/compliance/team").json().get(1);
        assertThat(cal.get("courses").findValuesAsText("courseCode")).contains("EQUALITY_DIVERSITY");
        assertThat(cal.get("courses").get(0).get("state").asText()).isIn("DUE", "OVERDUE");
        assertThat(teamOf("team-CE", "officer")).containsExactly("team-DIR");

        List<PersonCompliance> overGrpc = GrpcCalls.withToken(ComplianceGrpc.newBlockingStub(channel), scope.token("team-DIR", "officer"))
                .listTeam(ListTeamRequest.getDefaultInstance()).getPeopleList();
        assertThat(overGrpc).extracting(p -> p.getPerson().getFullName()).containsExactly("Abe Officer", "Cal Officer");
        assertThat(overGrpc.get(1).getCoursesList()).isNotEmpty();
    }

    @Test
    void aGroupLeaderSeesTheGroupsOtherCouncillors() {
        assertThat(teamOf("team-CLLR1", "councillor")).containsExactly("team-CLLR3");
    }

    @Test
    void anyoneElseHasNoTeam() {
        assertThat(teamOf("team-OFF", "officer")).as("no reports").isEmpty();
        assertThat(teamOf("team-CLLR2", "councillor")).as("a councillor who leads no group").isEmpty();
        assertThat(teamOf("hr-amy", "hr")).as("HR sees everyone on the matrix, but has no team of their own here").isEmpty();
        assertThat(teamOf("team-CLLR3", "councillor", "hr")).as("roles do not make a team").isEmpty();
    }
}
