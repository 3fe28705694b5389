package uk.councilprotocol.plans.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.councilprotocol.plans.PlanFixtures.action;
import static uk.councilprotocol.plans.PlanFixtures.actions;
import static uk.councilprotocol.plans.PlanFixtures.importTable;
import static uk.councilprotocol.plans.PlanFixtures.imported;
import static uk.councilprotocol.plans.PlanFixtures.onRoster;
import static uk.councilprotocol.plans.PlanFixtures.plan;
import static uk.councilprotocol.plans.PlanFixtures.seed;
import static uk.councilprotocol.plans.PlanFixtures.theme;

/**
 * The seed plans imported as they are, each with its own layout, and the progress update of seed 002 landing on
 * the plan it reports on; a layout never seen imports with a mapping; a bad import writes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanImportTest {
    @Inject
    EmbeddedServer server;

    final TestScope scope = TestScope.of(getClass());

    HttpCalls standards() {
        return new HttpCalls(server.getURL().toString()).as(scope.token("mo-gareth", "standards"));
    }

    @BeforeAll
    void roster() {
        onRoster(scope, "EM-0105", "Sue Putt", "Executive Director (Strategy, Change and Governance)");
        onRoster(scope, "EM-0103", "Gareth Llewellyn", "Director of Law and Governance");
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM plans.person") == 2, Duration.ofSeconds(30),
                "people copied from roster events");
    }

    @Test
    void seed000ImportsWithFamiliesLeadsOutcomesAndEveryRunTogetherRecommendationAsAnAction() {
        JsonNode report = imported(standards(), seed("000"), Map.of("title", "Councillor/Officer Relations Protocol action plan",
                "council", "Southend-on-Sea City Council", "adoptedOn", "2020-12-10", "sourceBody", "Standards Committee"));
        JsonNode plan = plan(standards(), report.get("planId").asText());

        JsonNode skills = theme(plan, "Skills, Learning, & Development");
        assertThat(skills.get("leadName").asText()).isEqualTo("Sue Putt");
        assertThat(skills.get("leadPersonId").asText()).as("the lead found on the roster").isEqualTo("EM-0105");
        assertThat(skills.get("description").asText()).startsWith("To ensure TT has the right skillsets");
        assertThat(theme(plan, "Behaviours & Culture").get("leadName").asText()).isEqualTo("Mike Bennett");

        JsonNode meetings = action(plan, "Regular meetings between Group Leaders and the Chief Executive");
        assertThat(meetings.get("theme").asText()).isEqualTo("Skills, Learning, & Development");
        assertThat(meetings.get("outcome").asText()).startsWith("Leaders who are able to deliver in a changing environment");
        assertThat(meetings.get("recommendationSource").asText()).isEqualTo("PROTOCOL_REVIEW");
        assertThat(meetings.get("owner").get("text").asText()).as("the family lead answers for it").isEqualTo("Sue Putt");
        assertThat(meetings.get("owner").get("personId").asText()).isEqualTo("EM-0105");
        assertThat(meetings.get("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(meetings.get("due").get("precision").asText()).isEqualTo("UNSTATED");

        // One cell of twelve recommendations run together becomes twelve actions.
        List<String> councillors = actions(plan).stream()
                .filter(a -> a.get("outcome").asText().startsWith("Councillors who are equipped"))
                .map(a -> a.get("text").asText()).toList();
        assertThat(councillors).hasSize(12).contains(
                "Training on the Nolan Principles of good governance is undertaken by the Council' senior management team "
                        + "and Group Leaders, in the first instance, by an independent facilitator.",
                "To align with staff, that equality and diversity training also becomes mandatory for councillors",
                "The buddying system for new councillors to include political buddies eg from councillors who have retired.",
                "Develop more opportunities for Councillors and officers to interact",
                "Invite Councillors on 'tours' of services and/or projects",
                "On-going review of Members Enquiries");
        assertThat(action(plan, "Audit of skills and experience").get("text").asText())
                .as("a sentence that only continues the one before stays with it")
                .endsWith("Where there are problems it is recommended that individual action plans are put in place to resolve issues.");
        assertThat(action(plan, "Standards Committee to consider its approach").get("theme").asText()).isEqualTo("Behaviours & Culture");
        assertThat(action(plan, "Political groups and Leaders to explore ways").get("text").asText())
                .isEqualTo("Political groups and Leaders to explore ways to support officers in resolving low level inappropriate "
                        + "and unprofessional behaviour by Councillors");
        assertThat(report.get("skipped").size()).as("outcome-only rows are reported, not lost").isGreaterThan(5);
        assertThat(report.get("skipped").get(0).get("reason").asText()).contains("outcome");
        assertThat(report.get("created").size()).isEqualTo(actions(plan).size());
    }

    @Test
    void theProgressUpdateOfSeed002AttachesToTheActionsOfSeed001AndTwiceAddsNothing() {
        JsonNode created = imported(standards(), seed("001"), Map.of("title", "Protocol action plan (Appendix 2)"));
        String planId = created.get("planId").asText();
        JsonNode before = plan(standards(), planId);
        assertThat(theme(before, "Skills, Learning, & Development").get("leadName").asText()).isEqualTo("Sue Putt");
        assertThat(actions(before)).as("a converter's shifted row is an outcome, not a theme or an action")
                .noneMatch(a -> a.get("text").asText().startsWith("Our Values") || a.get("theme").asText().startsWith("Our Values"));
        assertThat(action(before, "Standards Committee to consider").get("outcome").asText()).startsWith("Our Values & Behaviours");

        JsonNode update = imported(standards(), seed("002"), Map.of("plan", planId, "progressDate", "2021-05-14",
                "author", "Monitoring Officer"));
        JsonNode plan = plan(standards(), planId);
        JsonNode meetings = action(plan, "Regular meetings between Group Leaders and the Chief Executive");
        assertThat(meetings.get("progress").get(0).get("narrative").asText()).isEqualTo("These meetings are ongoing.");
        assertThat(meetings.get("progress").get(0).get("recordedOn").asText()).isEqualTo("2021-05-14");
        assertThat(meetings.get("progress").get(0).get("author").asText()).isEqualTo("Monitoring Officer");
        assertThat(meetings.get("status").asText()).as("reported progress starts an action").isEqualTo("IN_PROGRESS");
        // Retyped in seed 002 ("Council's", "officers and Councillors"): still the same actions.
        assertThat(action(plan, "Training on the Nolan Principles").get("progress").get(0).get("narrative").asText())
                .startsWith("A pipeline of training for Officers has been extended to Councillors");
        assertThat(action(plan, "Political groups and Leaders").get("progress").get(0).get("narrative").asText())
                .startsWith("Recommendation in section 2.3 of Standards Committee report dated 9th March 2020");
        assertThat(action(plan, "Standards Committee to consider").get("progress").get(0).get("narrative").asText())
                .as("the row after the table's end").startsWith("Recommendation in section 2.3");
        JsonNode published = action(plan, "New Protocol published");
        assertThat(published.get("theme").asText()).as("not in the plan: added, and reported as created").isEqualTo("General");
        assertThat(update.get("created").size()).isEqualTo(1);
        assertThat(update.get("matched").size()).isGreaterThanOrEqualTo(17);
        assertThat(update.get("progressUpdatesCreated").asInt()).isGreaterThanOrEqualTo(18);

        JsonNode again = imported(standards(), seed("002"), Map.of("plan", planId, "progressDate", "2021-05-14"));
        assertThat(again.get("progressUpdatesCreated").asInt()).isZero();
        assertThat(again.get("created").size()).isZero();
        assertThat(action(plan(standards(), planId), "Regular meetings between").get("progress").size()).isEqualTo(1);
    }

    @Test
    void seed003ImportsEachRecommendationWithItsCabinetLeadSponsorOwnerAndMilestones() {
        JsonNode report = imported(standards(), seed("003"), Map.of("title", "Corporate Peer Challenge action plan",
                "source", "lga peer challenge"));
        JsonNode plan = plan(standards(), report.get("planId").asText());
        List<JsonNode> all = actions(plan);
        assertThat(all.stream().map(a -> a.get("reference").asText()).toList())
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        JsonNode first = all.get(0);
        assertThat(first.get("theme").asText()).isEqualTo("1. Constitutional Review");
        assertThat(first.get("recommendationSource").asText()).isEqualTo("LGA_PEER_CHALLENGE");
        assertThat(first.get("cabinetLead").asText()).isEqualTo("Cllr Stephen George, Leader");
        assertThat(first.get("sponsor").asText()).isEqualTo("Executive Director (Strategy, Change and Governance)");
        assertThat(first.get("owner").get("roles").get(0).asText()).isEqualTo("Executive Director (Strategy, Change and Governance)");
        assertThat(first.get("milestones").size()).isGreaterThanOrEqualTo(2);
        assertThat(first.get("milestones").get(0).get("due").get("text").asText()).isEqualTo("March 2023");
        assertThat(first.get("milestones").get(0).get("due").get("deadline").asText()).isEqualTo("2023-03-31");
        JsonNode third = all.get(2);
        assertThat(third.get("due").get("text").asText()).as("the last milestone is the deadline").isEqualTo("November 2023");
        assertThat(third.get("due").get("deadline").asText()).isEqualTo("2023-11-30");
        assertThat(all.get(3).get("owner").get("roles")).extracting(JsonNode::asText)
                .containsExactly("Executive Director (Strategy, Change and Governance)", "Executive Director (Adults and Communities)");
        assertThat(all.get(6).get("owner").get("roles")).extracting(JsonNode::asText)
                .as("the third named on the row's continuation over the page break")
                .containsExactly("Chief Executive", "Executive Director (Finance and Resources)",
                        "Executive Director (Strategy, Change and Governance)");
        assertThat(all.get(5).get("recommendation").asText()).as("carried over the page break")
                .endsWith("about the difficult decisions required to deliver a balanced medium term financial position.");
    }

    @Test
    void aLayoutNeverSeenImportsWithAMappingAndOwnersByNameOrPost() {
        String table = "Workstream\tCommitment\tResponsible\tWhen\tRAG status\n"
                + "Governance\tPublish the new protocol on the intranet\tDirector of Law and Governance\tMarch 2024\tComplete\n"
                + "Governance\t• Brief every team on the protocol • Add the protocol to induction\tAll Directors\tBy summer 2024\t\n"
                + "Members\tReview Members enquiries quarterly\tGareth Llewellyn\tOngoing\tOn track\n";
        HttpCalls.Reply unknown = importTable(standards(), table, Map.of("title", "Unseen"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("violations").get(0).get("field").asText()).isEqualTo("columns");
        assertThat(unknown.json().get("violations").get(0).get("message").asText())
                .contains("Workstream | Commitment | Responsible | When | RAG status");

        JsonNode report = imported(standards(), table, Map.of("title", "Eastmoor governance plan", "mapping",
                "{\"Commitment\":\"action\",\"Responsible\":\"owner\",\"When\":\"due\",\"Workstream\":\"theme\"}"));
        JsonNode plan = plan(standards(), report.get("planId").asText());
        assertThat(actions(plan)).hasSize(4);
        JsonNode publish = action(plan, "Publish the new protocol");
        assertThat(publish.get("theme").asText()).isEqualTo("Governance");
        assertThat(publish.get("owner").get("roles").get(0).asText()).isEqualTo("Director of Law and Governance");
        assertThat(publish.get("due").get("deadline").asText()).isEqualTo("2024-03-31");
        assertThat(publish.get("due").get("precision").asText()).isEqualTo("MONTH");
        assertThat(publish.get("status").asText()).as("the RAG status column says complete").isEqualTo("COMPLETE");
        assertThat(publish.get("rag").asText()).isEqualTo("BLUE");
        JsonNode induction = action(plan, "Add the protocol to induction");
        assertThat(induction.get("owner").get("roles").get(0).asText()).isEqualTo("All Directors");
        assertThat(induction.get("due").get("deadline").asText()).isEqualTo("2024-08-31");
        JsonNode review = action(plan, "Review Members enquiries");
        assertThat(review.get("owner").get("personId").asText()).as("a name on the roster is a person").isEqualTo("EM-0103");
        assertThat(review.get("due").get("precision").asText()).isEqualTo("ONGOING");
        assertThat(review.get("status").asText()).isEqualTo("ONGOING");
    }

    /** A committee paper as Word writes it: a title paragraph, then the plan's table with its own headers. */
    static byte[] paper(String[]... rows) throws java.io.IOException {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Appendix A: Governance Improvement Plan");
            var table = document.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    var cell = table.getRow(r).getCell(c);
                    String[] paragraphs = rows[r][c].split("\n");
                    cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
                    for (int p = 1; p < paragraphs.length; p++) {
                        cell.addParagraph().createRun().setText(paragraphs[p]);
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWordPaperLaidOutAsNoSampleImportsWithoutAMapping() throws Exception {
        byte[] docx = paper(
                new String[]{"Governance Characteristic", "Action", "Action", "Lead", "Target Date"},
                new String[]{"Culture and behaviours", "Action 1", "Agree a member-officer charter with the group leaders",
                        "Director of Law and Governance and Director of Finance", "March 2027"},
                new String[]{"Culture and behaviours", "Action 2", "Run joint training on the protocol\nRepeat it after the May elections",
                        "Sue Putt", "By summer 2027"},
                new String[]{"Transparency", "Action 3", "Publish enquiry response times quarterly", "Gareth Llewellyn", "Ongoing"});
        HttpCalls.Reply reply = standards().sendBytes("POST", "/plans/import/docx?title=" + java.net.URLEncoder.encode("Governance Improvement Plan",
                StandardCharsets.UTF_8), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode plan = plan(standards(), reply.json().get("planId").asText());
        assertThat(actions(plan)).hasSize(3);
        JsonNode charter = action(plan, "Agree a member-officer charter");
        assertThat(charter.get("reference").asText()).as("the numbered Action column").isEqualTo("Action 1");
        assertThat(charter.get("theme").asText()).isEqualTo("Culture and behaviours");
        assertThat(charter.get("owner").get("roles")).extracting(JsonNode::asText).as("two posts")
                .containsExactly("Director of Law and Governance", "Director of Finance");
        assertThat(charter.get("due").get("deadline").asText()).isEqualTo("2027-03-31");
        JsonNode training = action(plan, "Run joint training on the protocol");
        assertThat(training.get("text").asText()).as("a cell's paragraphs run on").contains("Repeat it after the May elections");
        assertThat(training.get("owner").get("personId").asText()).isEqualTo("EM-0105");
        assertThat(action(plan, "Publish enquiry response times").get("theme").asText()).isEqualTo("Transparency");

        HttpCalls.Reply notWord = standards().sendBytes("POST", "/plans/import/docx?title=x",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(notWord.status()).isEqualTo(400);
        assertThat(notWord.json().get("violations").get(0).get("field").asText()).isEqualTo("docx");
    }

    /**
     * A committee paper printed to PDF as councils publish them: a heading, then a ruled table that runs over a page
     * break, its header row repeated on the second page or (Word's default) not.
     */
    static byte[] pdfPaper(boolean headerRepeated, String[] header, List<String[]> rows) {
        StringBuilder html = new StringBuilder("<html><head><style>@page { size: A4 landscape; margin: 15mm }"
                + " table { border-collapse: collapse; width: 100%; }"
                + (headerRepeated ? " table { -fs-table-paginate: paginate }" : "")
                + " th, td { border: 1px solid #000; padding: 4px; font: 10pt sans-serif; vertical-align: top }"
                + " tr.next-page { page-break-before: always }</style></head><body>"
                + "<h1>Appendix B: Member and Officer Relations Improvement Plan</h1><p>Report to Standards Committee.</p>"
                + "<table><thead><tr>");
        for (String h : header) {
            html.append("<th>").append(h).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int r = 0; r < rows.size(); r++) {
            html.append(r == rows.size() - 1 ? "<tr class=\"next-page\">" : "<tr>");
            for (String cell : rows.get(r)) {
                html.append("<td>").append(cell.replace("\n", "<br/>")).append("</td>");
            }
            html.append("</tr>");
        }
        return uk.councilprotocol.platform.tables.PagePdf.of(html.append("</tbody></table></body></html>").toString());
    }

    @Test
    void aPdfPaperWhoseTableRunsOverAPageImportsWithoutAMapping() throws Exception {
        aPdfPaperImports(false);
        aPdfPaperImports(true);
    }

    void aPdfPaperImports(boolean headerRepeated) throws Exception {
        byte[] pdf = pdfPaper(headerRepeated, new String[]{"Area", "Ref", "What we will do", "Responsible Officer", "Timescale"}, List.of(
                new String[]{"Member development", "MD1", "Offer every councillor a personal development plan",
                        "Director of Law and Governance", "September 2027"},
                new String[]{"Member development", "MD2", "Hold a briefing on the protocol for new councillors\nafter each election",
                        "Sue Putt", "By June 2027"},
                new String[]{"Casework", "CW1", "Report enquiry response times to each Standards Committee", "Gareth Llewellyn",
                        "December 2027"}));
        try (var printed = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(printed.getNumberOfPages()).as("the table runs over a page break").isEqualTo(2);
        }
        HttpCalls.Reply reply = standards().sendBytes("POST", "/plans/import/pdf?title=" + java.net.URLEncoder.encode(
                "Member and Officer Relations Improvement Plan", StandardCharsets.UTF_8), "application/pdf", pdf);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode plan = plan(standards(), reply.json().get("planId").asText());
        assertThat(actions(plan)).as("three actions, the repeated header not one of them").hasSize(3);
        JsonNode pdp = action(plan, "Offer every councillor a personal development plan");
        assertThat(pdp.get("reference").asText()).isEqualTo("MD1");
        assertThat(pdp.get("theme").asText()).isEqualTo("Member development");
        assertThat(pdp.get("owner").get("roles")).extracting(JsonNode::asText).containsExactly("Director of Law and Governance");
        assertThat(pdp.get("due").get("deadline").asText()).isEqualTo("2027-09-30");
        assertThat(action(plan, "Hold a briefing on the protocol").get("text").asText()).as("a cell's lines run on")
                .contains("after each election");
        JsonNode casework = action(plan, "Report enquiry response times");
        assertThat(casework.get("theme").asText()).as("the row after the page break").isEqualTo("Casework");
        assertThat(casework.get("owner").get("personId").asText()).isEqualTo("EM-0103");
        if (!headerRepeated) {
            return;
        }
        HttpCalls.Reply notPdf = standards().sendBytes("POST", "/plans/import/pdf?title=x", "application/pdf",
                "not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(notPdf.json().get("violations").get(0).get("field").asText()).isEqualTo("pdf");
        HttpCalls.Reply noTable = standards().sendBytes("POST", "/plans/import/pdf?title=x", "application/pdf",
                uk.councilprotocol.platform.tables.PagePdf.of("<html><body><p>Minutes of the meeting.</p></body></html>"));
        assertThat(noTable.status()).isEqualTo(400);
        assertThat(noTable.json().get("violations").get(0).get("message").asText()).contains("no ruled tables");
    }

    @Test
    void aBadImportWritesNothingAndOnlyTheStandardsTeamMayImport() {
        long plans = scope.count("SELECT count(*) FROM plans.plan");
        long events = scope.count("SELECT count(*) FROM plans.outbox_event");
        HttpCalls.Reply noTitle = importTable(standards(), seed("003"), Map.of());
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().get("violations").get(0).get("field").asText()).isEqualTo("title");
        HttpCalls.Reply badSource = importTable(standards(), seed("003"), Map.of("title", "x", "source", "gossip"));
        assertThat(badSource.json().get("violations").get(0).get("field").asText()).isEqualTo("recommendation_source");
        HttpCalls.Reply noPlan = importTable(standards(), seed("002"), Map.of("plan", "5b0c4a53-0000-4000-8000-000000000000"));
        assertThat(noPlan.status()).isEqualTo(404);
        HttpCalls officer = new HttpCalls(server.getURL().toString()).as(scope.token("EM-0201", "officer"));
        assertThat(importTable(officer, seed("003"), Map.of("title", "mine")).status()).isEqualTo(403);
        assertThat(scope.count("SELECT count(*) FROM plans.plan")).isEqualTo(plans);
        assertThat(scope.count("SELECT count(*) FROM plans.outbox_event")).isEqualTo(events);
    }
}
