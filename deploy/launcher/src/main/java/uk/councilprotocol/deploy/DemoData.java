package uk.councilprotocol.deploy;

import uk.councilprotocol.testkit.HttpCalls;

import java.nio.file.Files;
import java.time.LocalDate;

/**
 * Loads the fictional Borough of Eastmoor: its roster (deploy/demo/roster.csv), one extra requirement
 * rule that falls due within days (so reminder emails go out at once), and a few completions.
 */
public final class DemoData {
    private DemoData() {
    }

    public static String load(Platform platform) throws Exception {
        HttpCalls training = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl())
                .as(platform.tokens().token("hr-demo", "hr"));
        String roster = Files.readString(platform.layout().root().resolve("deploy/demo/roster.csv"));
        HttpCalls.Reply imported = check(training.post("/roster/import", "text/csv", roster), "roster import");
        check(training.postJson("/rules", java.util.Map.of("courseCode", "SAFEGUARDING",
                "department", "Children and Learning", "dueWithinDays", 5)), "safeguarding rule");
        String today = LocalDate.now().toString();
        String[][] completions = {
                {"EM-0001", "NOLAN_PRINCIPLES", "Independent facilitator", "NOLAN-2026-001"},
                {"EM-0001", "EQUALITY_DIVERSITY", "e-learning", "ED-88120"},
                {"EM-0102", "NOLAN_PRINCIPLES", "Independent facilitator", "NOLAN-2026-002"},
                {"EM-0205", "POLITICAL_AWARENESS", "Induction day", "IND-2026-11"},
                {"CLLR-004", "NOLAN_PRINCIPLES", "Independent facilitator", "NOLAN-2026-003"},
        };
        for (String[] c : completions) {
            check(training.postJson("/completions", java.util.Map.of("personId", c[0], "courseCode", c[1],
                    "completedOn", today, "provider", c[2], "evidenceReference", c[3])), "completion " + c[0]);
        }
        return imported.body();
    }

    private static HttpCalls.Reply check(HttpCalls.Reply reply, String what) {
        if (reply.status() >= 300) {
            throw new IllegalStateException("Demo data: " + what + " failed with " + reply.status() + ": " + reply.body());
        }
        return reply;
    }
}
