package uk.councilprotocol.plans.standings;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.platform.time.AdjustableClock;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.councilprotocol.plans.PlanFixtures.action;
import static uk.councilprotocol.plans.PlanFixtures.imported;
import static uk.councilprotocol.plans.PlanFixtures.onRoster;
import static uk.councilprotocol.plans.PlanFixtures.plan;

/**
 * The committee report for a past period shows each action as it stood at the period's end, from the standings kept
 * each day; the live figure's readings make a trend on the action.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandingsTest {
    @Inject
    EmbeddedServer server;
    @Inject
    AdjustableClock clock;
    @Inject
    Standings standings;

    final TestScope scope = TestScope.of(getClass());

    HttpCalls standards() {
        return new HttpCalls(server.getURL().toString()).as(scope.token("mo", "standards"));
    }

    @BeforeAll
    void roster() {
        onRoster(scope, "EM-0103", "Gareth Llewellyn", "Director of Law and Governance");
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM plans.person") == 1, Duration.ofSeconds(30), "the roster copied");
    }

    @AfterAll
    void reset() {
        clock.reset();
    }

    void execute(String statement) {
        try (var sql = scope.sql(); var run = sql.createStatement()) {
            run.execute(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void lastMonthsReportShowsTheActionAsItStoodThen() {
        clock.setInstant(Instant.parse("2026-11-20T10:00:00Z"));
        String planId = imported(standards(), "Theme\tAction\tOwner\tDue date\n"
                + "Members\tRefresh the member development programme\tGareth Llewellyn\tMarch 2027\n"
                + "Members\tHold a members' seminar on the protocol\tGareth Llewellyn\tJune 2027\n",
                Map.of("title", "Member development plan")).get("planId").asText();
        String programme = action(plan(standards(), planId), "Refresh the member development").get("id").asText();
        assertThat(standings.keepToday()).isGreaterThanOrEqualTo(2);
        assertThat(standings.keepToday()).as("kept again the same day: one row a day").isGreaterThanOrEqualTo(2);
        assertThat(scope.count("SELECT count(*) FROM plans.action_standing WHERE action_id = '" + programme + "'")).isEqualTo(1);

        clock.setInstant(Instant.parse("2026-12-10T10:00:00Z"));
        assertThat(standards().put("/actions/" + programme + "/status", "application/json",
                "{\"status\":\"COMPLETE\",\"narrative\":\"Relaunched on 8 December.\"}").status()).isEqualTo(200);
        // the seminar's standing was never kept: removed, as if the plan had been imported later
        execute("DELETE FROM plans.action_standing WHERE action_id <> '" + programme + "'");

        String november = standards().get("/plans/" + planId + "/report?from=2026-11-01&to=2026-11-30").body();
        assertThat(november).contains("status and RAG as at 30 November 2026")
                .contains("Not started (as now: not kept by then)");
        assertThat(november.substring(november.indexOf("Refresh the member development"))).as("as it stood on 20 November")
                .startsWith("Refresh the member development").contains("Not started");
        assertThat(november.substring(november.indexOf("Refresh the member development"), november.indexOf("Hold a members"))
                ).doesNotContain("Complete");
        String now = standards().get("/plans/" + planId + "/report?from=2026-11-01&to=2026-12-10").body();
        assertThat(now).contains("status and RAG as at 10 December 2026").contains("Complete").doesNotContain("as now:");
    }

    @Test
    void theLiveFiguresReadingsMakeATrend() {
        clock.setInstant(Instant.parse("2026-11-20T10:00:00Z"));
        String planId = imported(standards(), "Theme\tAction\tOwner\tDue date\n"
                + "Enquiries\tAnswer councillors' enquiries on time\tGareth Llewellyn\tOngoing\n", Map.of("title", "Enquiries plan"))
                .get("planId").asText();
        String id = action(plan(standards(), planId), "Answer councillors' enquiries").get("id").asText();
        for (String[] day : new String[][]{{"2026-11-18", "71.5"}, {"2026-11-19", "74.0"}, {"2026-11-20", "78.25"}}) {
            execute("INSERT INTO plans.action_standing (id, council, action_id, stood_on, status, rag, progress_percent, evidence,"
                    + " evidence_value, taken_at) SELECT gen_random_uuid(), council, id, '" + day[0] + "', 'ONGOING', 'GREEN',"
                    + " 0, 'Enquiries answered on time', " + day[1] + ", now() FROM plans.action WHERE id = '" + id + "'");
        }
        JsonNode trend = standards().get("/actions/" + id).json().get("evidenceTrend");
        assertThat(trend.findValuesAsText("on")).containsExactly("2026-11-18", "2026-11-19", "2026-11-20");
        assertThat(trend.get(2).get("value").asDouble()).isEqualTo(78.25);
    }

    /**
     * Every replica runs the hourly job; each round the first to claim a council's run keeps its standings and the
     * others leave them (the claim is one statement in PostgreSQL, so the same bean asked twice stands for two replicas).
     */
    @Test
    void eachRoundOneReplicaKeepsTheStandings() {
        Instant round = Instant.parse("2027-02-01T09:00:00Z");
        clock.setInstant(round);
        String planId = imported(standards(), "Theme\tAction\tOwner\tDue date\n"
                + "Members\tPublish the register of interests guidance\tGareth Llewellyn\tMay 2027\n",
                Map.of("title", "Register plan")).get("planId").asText();
        String id = action(plan(standards(), planId), "Publish the register").get("id").asText();
        String takenAt = "SELECT extract(epoch FROM taken_at)::bigint FROM plans.action_standing WHERE action_id = '" + id + "'";

        standings.keepEveryCouncil();
        assertThat(scope.count(takenAt)).as("kept by the first").isEqualTo(round.getEpochSecond());
        clock.setInstant(round.plusSeconds(10 * 60));
        standings.keepEveryCouncil();
        assertThat(scope.count(takenAt)).as("the second replica, ten minutes on, leaves it").isEqualTo(round.getEpochSecond());
        clock.setInstant(round.plusSeconds(60 * 60));
        standings.keepEveryCouncil();
        assertThat(scope.count(takenAt)).as("the next round is kept").isEqualTo(round.plusSeconds(60 * 60).getEpochSecond());
    }
}
