package uk.councilprotocol.notifications.reminders;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.testkit.TestScope;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V7 on real PostgreSQL: reminders written with the old encoded kinds come out as kind, deadline and occasion columns. */
class ReminderNoticeMigrationTest {
    final TestScope scope = TestScope.of(getClass());

    Flyway flyway(String target) {
        Map<String, String> database = scope.serviceProperties();
        return Flyway.configure().dataSource(scope.jdbcUrl(), database.get("datasources.default.username"),
                        database.get("datasources.default.password")).schemas("notifications")
                .defaultSchema("notifications").createSchemas(true).locations("classpath:db/platform", "classpath:db/migration")
                .initSql("SELECT set_config('app.council', 'default', false)")   // as the service's flyway settings do
                .target(target).load();
    }

    @Test
    void encodedKindsBecomeColumnsAndEachNoticeStillGoesOnce() throws SQLException {
        flyway("6").migrate();
        try (Connection sql = scope.sql(); Statement statement = sql.createStatement()) {
            statement.execute("SET search_path TO notifications");
            String[][] old = {
                    {"training", "a-1", "EM-1", "DUE_IN_30_DAYS"},
                    {"enquiry", "MEM-26-0001", "EM-2", "DUE_SOON@2026-12-14:EM-2"},
                    {"enquiry", "MEM-26-0001", "EM-2", "ASSIGNED:EM-2"},
                    {"enquiry", "MEM-26-0001", "CLLR-1", "RESPONDED@1765800000"},
                    {"enquiry", "MEM-26-0001", "CLLR-1", "HOLDING_REPLY@2027-01-08"},
                    {"action", "b-2", "EM-3", "DUE_IN_7_DAYS@2027-03-31#EM-3"},
            };
            for (String[] r : old) {
                statement.execute("INSERT INTO reminder (id, subject_type, subject_id, person_id, kind, send_at, status, "
                        + "next_attempt_at, created_at) VALUES (gen_random_uuid(), '" + r[0] + "', '" + r[1] + "', '" + r[2] + "', '"
                        + r[3] + "', now(), 'SENT', now(), now())");
            }
            flyway("latest").migrate();

            Map<String, String> migrated = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT subject_id, person_id, kind, deadline, occasion FROM reminder ORDER BY created_at, kind")) {
                while (rows.next()) {
                    migrated.put(rows.getString("subject_id") + "/" + rows.getString("person_id") + "/" + rows.getString("kind"),
                            rows.getString("deadline") + " " + (rows.getTimestamp("occasion") == null ? null : rows.getTimestamp("occasion").toInstant()));
                }
            }
            assertThat(migrated).containsOnly(
                    Map.entry("a-1/EM-1/DUE_IN_30_DAYS", "null null"),
                    Map.entry("MEM-26-0001/EM-2/DUE_SOON", "2026-12-14 null"),
                    Map.entry("MEM-26-0001/EM-2/ASSIGNED", "null null"),
                    Map.entry("MEM-26-0001/CLLR-1/RESPONDED", "null 2025-12-15T12:00:00Z"),
                    Map.entry("MEM-26-0001/CLLR-1/HOLDING_REPLY", "2027-01-08 null"),
                    Map.entry("b-2/EM-3/DUE_IN_7_DAYS", "2027-03-31 null"));

            statement.execute("SELECT set_config('app.council', 'default', false)");   // the rows are the default council's
            // The same notice twice is refused, a notice with no deadline included; one about another deadline is not.
            String again = "INSERT INTO reminder (id, subject_type, subject_id, person_id, kind, deadline, send_at, status, "
                    + "next_attempt_at, created_at) VALUES (gen_random_uuid(), 'enquiry', 'MEM-26-0001', 'EM-2', '%s', %s, now(), 'PENDING', now(), now())";
            assertThatThrownBy(() -> statement.execute(again.formatted("ASSIGNED", "NULL"))).hasMessageContaining("reminder_once");
            assertThatThrownBy(() -> statement.execute(again.formatted("DUE_SOON", "'2026-12-14'"))).hasMessageContaining("reminder_once");
            statement.execute(again.formatted("DUE_SOON", "'2027-01-08'"));
        }
    }
}
