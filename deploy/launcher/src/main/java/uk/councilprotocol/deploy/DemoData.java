package uk.councilprotocol.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import uk.councilprotocol.platform.time.WorkingDayCalendar;
import uk.councilprotocol.testkit.HttpCalls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the fictional Borough of Eastmoor: its roster (deploy/demo/roster.csv), one extra requirement
 * rule that falls due within days (so reminder emails go out at once), a few completions, the Hub's
 * routing rules, some Councillor enquiries, and the seed action plans with their progress update. Every date
 * comes from the platform's business clock and the council's working-day calendar ({@link DemoDates}).
 * Then a second council on the same platform, Glenmoor in Scotland ({@link #loadGlenmoor}).
 */
public final class DemoData {
    private DemoData() {
    }

    /** Cllr David Thompson's address, which the demo's mail server refuses. */
    public static final String REFUSED_ADDRESS = "david.thompson@eastmoor.example.gov.uk";

    public static String load(Platform platform) throws Exception {
        DemoDates dates = DemoDates.choose(ZonedDateTime.now(platform.clock()), calendarOf(platform));
        HttpCalls training = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl())
                .as(platform.tokens().token("hr-demo", "hr"));
        // One councillor's mailbox has gone, as one always has: the mail server refuses it, and the Sent mail page
        // lists the address for someone to put right
        platform.mail().refuse(REFUSED_ADDRESS, "550 5.1.1 <" + REFUSED_ADDRESS + ">: no such mailbox");
        String roster = Files.readString(platform.layout().root().resolve("deploy/demo/roster.csv"));
        HttpCalls.Reply imported = check(training.post("/roster/import", "text/csv", roster), "roster import");
        check(training.postJson("/rules", Map.of("courseCode", "SAFEGUARDING",
                "department", "Children and Learning", "dueWithinDays", 5)), "safeguarding rule");
        String today = dates.today().toString();
        String[][] completions = {
                {"EM-0001", "NOLAN_PRINCIPLES", "Independent facilitator", "NOLAN-2026-001"},
                {"EM-0001", "EQUALITY_DIVERSITY", "e-learning", "ED-88120"},
                {"EM-0102", "NOLAN_PRINCIPLES", "Independent facilitator", "NOLAN-2026-002"},
                {"EM-0205", "POLITICAL_AWARENESS", "Induction day", "IND-2026-11"},
                {"CLLR-004", "NOLAN_PRINCIPLES", "Independent facilitator", "NOLAN-2026-003"},
        };
        for (String[] c : completions) {
            check(training.postJson("/completions", Map.of("personId", c[0], "courseCode", c[1],
                    "completedOn", today, "provider", c[2], "evidenceReference", c[3])), "completion " + c[0]);
        }
        loadEnquiries(platform, dates);
        loadPlans(platform, dates);
        loadGlenmoor(platform);
        return imported.body();
    }

    /** The second demo council's id: its people sign in with tokens naming it. */
    public static final String GLENMOOR = "glenmoor";

    /**
     * Glenmoor Council, a Scottish council on the same platform: its own email settings, a catalogue and rules of its own (the Scottish
     * Councillors' Code of Conduct), a small roster (deploy/demo/glenmoor-roster.csv), a routing rule and one
     * enquiry, whose deadline follows the Scottish bank holidays. Nothing of Eastmoor's is visible to it.
     */
    private static void loadGlenmoor(Platform platform) throws Exception {
        // its admin's own email settings first, so every email to its people speaks for Glenmoor
        HttpCalls notifications = new HttpCalls(platform.service(ServiceSpec.NOTIFICATIONS).httpUrl())
                .as(platform.tokens().token("GM-ADMIN", List.of("admin"), Map.of("council", GLENMOOR), Duration.ofHours(1)));
        check(notifications.put("/council-settings/mail", "application/json", HttpCalls.toJson(Map.of(
                "councilName", "Glenmoor Council", "senderName", "Glenmoor Council Members Support",
                "signOff", "Members Support Hub, Glenmoor Council"))), "Glenmoor's email settings");
        HttpCalls training = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl())
                .as(platform.tokens().token("GM-HR", List.of("hr"), Map.of("council", GLENMOOR), Duration.ofHours(1)));
        check(training.put("/courses/CODE_OF_CONDUCT", "application/json", "{\"title\":\"Councillors' Code of Conduct "
                + "(Standards Commission for Scotland)\",\"renewalMonths\":60}"), "Glenmoor's code of conduct course");
        check(training.put("/courses/EQUALITY_DIVERSITY", "application/json",
                "{\"title\":\"Equality and Diversity\",\"renewalMonths\":36}"), "Glenmoor's equality course");
        check(training.postJson("/rules", Map.of("courseCode", "CODE_OF_CONDUCT", "personKind", "councillor",
                "dueWithinDays", 60)), "Glenmoor's code of conduct rule");
        check(training.postJson("/rules", Map.of("courseCode", "EQUALITY_DIVERSITY", "personKind", "officer",
                "dueWithinDays", 90)), "Glenmoor's equality rule");
        check(training.post("/roster/import", "text/csv",
                Files.readString(platform.layout().root().resolve("deploy/demo/glenmoor-roster.csv"))), "Glenmoor's roster");
        HttpCalls hub = new HttpCalls(platform.service(ServiceSpec.ENQUIRIES).httpUrl())
                .as(platform.tokens().token("GM-0201", List.of("hub", "officer"), Map.of("council", GLENMOOR, "person_id", "GM-0201"),
                        Duration.ofHours(1)));
        check(hub.postJson("/routing-rules", Map.of("category", "Roads", "department", "Roads and Infrastructure",
                "defaultOfficerId", "GM-0102")), "Glenmoor's routing rule");
        logWhenCouncillorKnown(hub, Map.of("councillorId", "GM-CLLR-02", "channel", "email",
                "subject", "Potholes on the Loch Road", "description", "Residents report potholes after the frost.",
                "category", "Roads", "ward", "Lochside"));
    }

    /** The calendar enquiries-service counts working days by (its division and GOV.UK file), read from the service. */
    static WorkingDayCalendar calendarOf(Platform platform) {
        HttpCalls enquiries = new HttpCalls(platform.service(ServiceSpec.ENQUIRIES).httpUrl())
                .as(platform.tokens().token("EM-0202", "hub", "officer"));
        JsonNode calendar = check(enquiries.get("/working-days"), "the working-day calendar").json();
        Map<LocalDate, String> holidays = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = calendar.get("bankHolidays").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> holiday = it.next();
            holidays.put(LocalDate.parse(holiday.getKey()), holiday.getValue().asText());
        }
        return new WorkingDayCalendar(calendar.get("division").asText(), holidays);
    }

    /**
     * Routing rules and Councillor enquiries in each state: open, past its deadline (received three weeks ago;
     * the escalation scan then escalates it to the Chief Officer), held over with a holding reply,
     * confidential, reclassified as a complaint, and answered.
     */
    private static void loadEnquiries(Platform platform, DemoDates dates) throws InterruptedException {
        HttpCalls hub = new HttpCalls(platform.service(ServiceSpec.ENQUIRIES).httpUrl())
                .as(platform.tokens().token("EM-0202", "hub", "officer"));
        String[][] rules = {
                {"Highways", "Environment and Place", "EM-0205"},
                {"Waste and recycling", "Environment and Place", "EM-0206"},
                {"Adult social care", "Adults and Communities", "EM-0201"},
                {"Schools", "Children and Learning", "EM-0203"},
        };
        for (String[] r : rules) {
            check(hub.postJson("/routing-rules", Map.of("category", r[0], "department", r[1], "defaultOfficerId", r[2])),
                    "routing rule " + r[0]);
        }
        List<DemoEnquiry> enquiries = List.of(
                new DemoEnquiry("CLLR-001", "email", dates.overdueEnquiryReceived(), "Missed bin collections on Orchard Road",
                        "Residents of Orchard Road report three missed collections.", "Waste and recycling", "Riverside", false, List.of()),
                new DemoEnquiry("CLLR-002", "letter", dates.recentEnquiryReceived(), "Pothole on Mill Lane",
                        "A deep pothole outside the primary school.", "Highways", "Eastmoor Central", false, List.of("CLLR-003")),
                new DemoEnquiry("CLLR-004", "verbal", dates.verbalEnquiryReceived(), "Care package review for a resident",
                        "Family asks why the care package review has not happened.", "Adult social care", "Northfields", true, List.of()));
        int resident = 0;
        List<String> references = new ArrayList<>();
        for (DemoEnquiry e : enquiries) {
            Map<String, Object> body = new HashMap<>(Map.of("councillorId", e.councillorId(), "channel", e.channel(),
                    "receivedAt", e.receivedAt().toString(), "subject", e.subject(), "description", e.description(),
                    "category", e.category(), "ward", e.ward(), "confidential", e.confidential(), "circulation", e.circulation()));
            body.put("constituent", Map.of("name", "A. Resident", "contact", "07700 900" + (101 + resident++),
                    "address", e.ward() + ", Eastmoor"));
            references.add(logWhenCouncillorKnown(hub, body).json().get("reference").asText());
        }
        HttpCalls environment = new HttpCalls(platform.service(ServiceSpec.ENQUIRIES).httpUrl())
                .as(platform.tokens().token("EM-0205", "officer", "department:environment-and-place"));
        check(environment.postJson("/enquiries/" + references.get(1) + "/holding-reply", Map.of(
                "reason", "The contractor must survey the drainage under the road first.",
                "actionBeingTaken", "Survey booked; temporary repair made.", "newDueDate", dates.holdingReplyDue().toString())),
                "holding reply");
        HttpCalls.Reply complaint = logWhenCouncillorKnown(hub, Map.of("councillorId", "CLLR-005", "channel", "email",
                "subject", "Complaint about a missed assessment", "description", "The resident wishes to complain formally.",
                "category", "Adult social care", "ward", "Northfields"));
        check(hub.postJson("/enquiries/" + complaint.json().get("reference").asText() + "/reclassification",
                Map.of("complaintReference", "COMP-2026-0412")), "reclassification");
        HttpCalls.Reply flyTipping = logWhenCouncillorKnown(hub, Map.of("councillorId", "CLLR-006", "channel", "email",
                "subject", "Fly-tipping behind the community centre", "description", "Fly-tipping reported twice this month.",
                "category", "Waste and recycling", "ward", "Riverside"));
        new HttpCalls(platform.service(ServiceSpec.ENQUIRIES).httpUrl())
                .as(platform.tokens().token("EM-0206", "officer", "department:environment-and-place"))
                .post("/enquiries/" + flyTipping.json().get("reference").asText() + "/response", "application/json",
                        "{\"response\":\"Cleared on the day it was reported; the area is now on the weekly patrol.\"}");
    }

    /**
     * The seed plans (the protocol review's action plan, its progress update, and the LGA peer challenge plan),
     * two actions linked to live figures, and one action falling due within the month so its reminder goes out.
     */
    private record DemoEnquiry(String councillorId, String channel, Instant receivedAt, String subject, String description,
                               String category, String ward, boolean confidential, List<String> circulation) {
    }

    private static void loadPlans(Platform platform, DemoDates dates) throws Exception {
        HttpCalls plans = new HttpCalls(platform.service(ServiceSpec.PLANS).httpUrl())
                .as(platform.tokens().token("EM-0103", "standards", "officer"));
        // The seed tables are kept with plans-service's tests, which import the same files.
        Path seeds = platform.layout().root().resolve("plans-service/src/test/resources/seeds");
        HttpCalls.Reply protocol = check(plans.post("/plans/import?title=" + encode("Protocol on Councillor/Officer Relations action plan")
                + "&council=" + encode("Borough of Eastmoor") + "&adoptedOn=2020-12-10&sourceBody=" + encode("Standards Committee"),
                "text/tab-separated-values", Files.readString(seeds.resolve("protocol-review-001.txt"))), "protocol action plan");
        String planId = protocol.json().get("planId").asText();
        check(plans.post("/plans/import?plan=" + planId + "&progressDate=2021-05-14&author=" + encode("Monitoring Officer"),
                "text/tab-separated-values", Files.readString(seeds.resolve("progress-update-002.txt"))), "progress update");
        check(plans.post("/plans/import?title=" + encode("Corporate Peer Challenge action plan") + "&source=LGA_PEER_CHALLENGE"
                + "&sourceBody=" + encode("Cabinet"), "text/tab-separated-values",
                Files.readString(seeds.resolve("lga-peer-challenge-003.txt"))), "peer challenge plan");
        JsonNode plan = check(plans.get("/plans/" + planId), "plan").json();
        for (JsonNode theme : plan.get("themes")) {
            for (JsonNode action : theme.get("actions")) {
                String text = action.get("text").asText();
                String id = action.get("id").asText();
                if (text.startsWith("Training on the Nolan Principles")) {
                    check(plans.put("/actions/" + id + "/evidence", "application/json", "{\"measure\":\"COURSE_COMPLETION\","
                            + "\"courseCode\":\"NOLAN_PRINCIPLES\",\"groupBy\":\"role\",\"group\":\"group-leader\"}"), "evidence");
                } else if (text.startsWith("On-going review of Members Enquiries")) {
                    check(plans.put("/actions/" + id + "/evidence", "application/json", "{\"measure\":\"ENQUIRIES_ON_TIME\"}"), "evidence");
                } else if (text.startsWith("Regular meetings between Group Leaders")) {
                    String due = dates.actionDue().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
                    check(plans.put("/actions/" + id + "/due", "application/json", "{\"due\":\"" + due
                            + "\",\"reason\":\"Demo: the next meeting is set\"}"), "due date");
                }
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The councillors reach enquiries-service as roster events; wait for them rather than fail at start-up. */
    private static HttpCalls.Reply logWhenCouncillorKnown(HttpCalls hub, Map<String, Object> body) throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpCalls.Reply reply = hub.postJson("/enquiries", body);
            if (reply.status() == 201) {
                return reply;
            }
            if (!reply.body().contains("councillor_id")) {
                return check(reply, "enquiry " + body.get("subject"));
            }
            Thread.sleep(500);
        }
        throw new LaunchFailure("Demo data: the roster's councillors never reached enquiries-service within 30 s; "
                + "see enquiries-service.log and training-service.log in the logs folder");
    }

    private static HttpCalls.Reply check(HttpCalls.Reply reply, String what) {
        if (reply.status() >= 300) {
            throw new LaunchFailure("Demo data: " + what + " failed with " + reply.status() + ": " + reply.body());
        }
        return reply;
    }
}
