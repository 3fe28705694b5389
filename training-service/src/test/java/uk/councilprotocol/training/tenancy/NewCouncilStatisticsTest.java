package uk.councilprotocol.training.tenancy;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;
import uk.councilprotocol.training.TrainingFixtures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council that joins after the tables were last analysed is, to PostgreSQL's planner, a council with no rows, and a
 * lookup by key then walks the smallest index on {@code council} over all of its rows. Its first roster import
 * brings the statistics up to date, so the planner reckons its people right and looks one up by the primary key.
 */
@MicronautTest(transactional = false)
class NewCouncilStatisticsTest {
    @Inject
    EmbeddedServer server;

    final TestScope scope = TestScope.of(getClass());

    HttpCalls as(String token) {
        return new HttpCalls(server.getURL().toString()).as(token);
    }

    @Test
    void aNewCouncilsFirstRosterIsKnownToThePlannerAtOnce() throws SQLException {
        assertThat(as(scope.token("hr-amy", "hr")).post("/roster/import", "text/csv", roster("DF", 300)).status()).isEqualTo(200);
        try (Connection admin = scope.sql(); Statement analyse = admin.createStatement()) {
            analyse.execute("ANALYZE training.person");   // the statistics know only the default council
        }
        assertThat(as(scope.token("platform-operator", "operator")).put("/councils/statmoor", "application/json", "").status()).isEqualTo(200);

        HttpCalls.Reply imported = as(scope.tokenFor("statmoor", "hr-sam", "hr")).post("/roster/import", "text/csv", roster("SM", 200));

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        try (Connection service = scope.sqlAsService()) {
            council(service, "statmoor");
            assertThat(reckonedRows(service)).as("the planner's reckoning of statmoor's people").isGreaterThan(100);
            assertThat(plan(service, "SELECT * FROM training.person WHERE id = 'SM-0150'")).contains("person_pkey");
        }
    }

    /**
     * Every completion looks its course and rules up by key. A council's catalogue is a handful of rows, but
     * councils' handfuls added after the tables were last analysed leave the planner reckoning each table the page it
     * was, and it scans every council's rows instead: a catalogue that outgrows its statistics is analysed as it grows.
     */
    @Test
    void aCatalogueThatOutgrowsItsStatisticsIsAnalysedAsItGrows() throws SQLException {
        try (Connection admin = scope.sql(); Statement analyse = admin.createStatement()) {
            analyse.execute("ANALYZE training.course, training.requirement_rule");
        }
        Map<String, Long> counted = Map.of("course", scope.count("SELECT count(*) FROM training.course"),
                "requirement_rule", scope.count("SELECT count(*) FROM training.requirement_rule"));
        for (int i = 1; i <= 150; i++) {
            HttpCalls hr = as(scope.token("hr-" + i / 25, "hr"));   // under each caller's rate limit
            String code = String.format("GROWN_%03d", i);
            assertThat(hr.put("/courses/" + code, "application/json", "{\"title\":\"A course among many, number " + i
                    + "\",\"description\":\"One of a catalogue that has outgrown the statistics taken of it\"}").status()).isEqualTo(200);
            assertThat(hr.post("/rules", "application/json", "{\"courseCode\":\"" + code + "\",\"department\":\"Nowhere " + i
                    + "\",\"dueWithinDays\":30}").status()).isEqualTo(201);
        }

        for (String table : new String[] {"course", "requirement_rule"}) {
            String statistics = "SELECT %s FROM pg_class WHERE oid = 'training." + table + "'::regclass";
            assertThat(scope.count(String.format(statistics, "reltuples::bigint")))
                    .as("the planner's count of " + table + ", analysed as it grew (its statistics start at " + counted.get(table) + ")")
                    .isGreaterThan(counted.get(table) * 3);
            assertThat(scope.count(String.format(statistics, "pg_relation_size(oid) / current_setting('block_size')::int"
                    + " - relpages - greatest(1, relpages / 10)"))).as(table + "'s pages beyond those its statistics know, "
                    + "less a tenth and a page").isNotPositive();
        }
    }

    private static String roster(String prefix, int people) {
        StringBuilder csv = new StringBuilder(TrainingFixtures.HEADER);
        for (int i = 1; i <= people; i++) {
            String id = String.format("%s-%04d", prefix, i);
            csv.append(id).append(",Person ").append(i).append(',').append(id.toLowerCase()).append("@example.gov.uk,officer,,Finance,,")
                    .append(i == 1 ? "" : prefix + "-0001").append(",2026-09-01,true\n");
        }
        return csv.toString();
    }

    private static void council(Connection connection, String council) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.council', ?, false)")) {
            set.setString(1, council);
            set.execute();
        }
    }

    private static double reckonedRows(Connection connection) throws SQLException {
        String json = plan(connection, "SELECT 1 FROM training.person");
        Matcher rows = Pattern.compile("\"Plan Rows\": ([0-9.]+)").matcher(json);
        assertThat(rows.find()).isTrue();
        return Double.parseDouble(rows.group(1));
    }

    private static String plan(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("EXPLAIN (FORMAT JSON) " + query)) {
            result.next();
            return result.getString(1);
        }
    }
}
