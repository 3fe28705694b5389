package uk.councilprotocol.plans.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.councilprotocol.plans.PlanFixtures.action;
import static uk.councilprotocol.plans.PlanFixtures.imported;
import static uk.councilprotocol.plans.PlanFixtures.plan;
import static uk.councilprotocol.plans.PlanFixtures.seed;

/**
 * The Standards Committee report of the seed plan with seed 002's progress on it: reads like seed 002 (theme by
 * theme, Action | Further description) in HTML and in Word, and the Word file opens in LibreOffice. A live
 * figure whose service is down shows as unavailable and the report still renders.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeReportTest {
    @Inject
    EmbeddedServer server;

    final TestScope scope = TestScope.of(getClass());
    String planId;

    HttpCalls standards() {
        return new HttpCalls(server.getURL().toString()).as(scope.token("mo", "standards"));
    }

    @BeforeAll
    void seedPlanWithItsProgressUpdate() {
        planId = imported(standards(), seed("001"), Map.of("title", "Protocol on Councillor/Officer Relations action plan",
                "council", "Southend-on-Sea City Council")).get("planId").asText();
        imported(standards(), seed("002"), Map.of("plan", planId, "progressDate", "2021-05-14", "author", "Monitoring Officer"));
    }

    @Test
    void theHtmlReportReadsLikeSeed002ForTheChosenPeriod() {
        HttpCalls.Reply html = standards().get("/plans/" + planId + "/report?from=2021-01-01&to=2021-12-31");
        assertThat(html.status()).as(html.body()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        String page = html.body();
        assertThat(page).contains("<th scope=\"col\">Action</th><th scope=\"col\">Further description</th>");
        assertThat(page).contains("Skills, Learning, &amp; Development (lead: Sue Putt)");
        assertThat(page).contains("Regular meetings between Group Leaders and the Chief Executive");
        assertThat(page.indexOf("Regular meetings between Group Leaders")).isLessThan(page.indexOf("These meetings are ongoing."));
        assertThat(page).contains("These meetings are ongoing. (Monitoring Officer, 14 May 2021)");
        assertThat(page).contains("Progress recorded 1 January 2021 to 31 December 2021");

        HttpCalls.Reply earlier = standards().get("/plans/" + planId + "/report?from=2020-01-01&to=2020-12-31");
        assertThat(earlier.body()).doesNotContain("These meetings are ongoing.").contains("No progress recorded in this period.");
        HttpCalls.Reply backwards = standards().get("/plans/" + planId + "/report?from=2021-12-31&to=2021-01-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("violations").get(0).get("field").asText()).isEqualTo("from");
        HttpCalls.Reply rtf = standards().get("/plans/" + planId + "/report?format=rtf");
        assertThat(rtf.status()).isEqualTo(400);
        assertThat(rtf.json().get("violations").get(0).get("field").asText()).isEqualTo("format");
    }

    @Test
    void aLiveFigureFromAServiceThatIsDownShowsAsUnavailable() {
        JsonNode plan = plan(standards(), planId);
        String nolan = action(plan, "Training on the Nolan Principles").get("id").asText();
        HttpCalls.Reply linked = standards().put("/actions/" + nolan + "/evidence", "application/json",
                "{\"measure\":\"COURSE_COMPLETION\",\"courseCode\":\"NOLAN_PRINCIPLES\",\"groupBy\":\"role\",\"group\":\"group-leader\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        HttpCalls.Reply incomplete = standards().put("/actions/" + nolan + "/evidence", "application/json",
                "{\"measure\":\"COURSE_COMPLETION\"}");
        assertThat(incomplete.status()).isEqualTo(400);
        HttpCalls.Reply html = standards().get("/plans/" + planId + "/report?from=2021-01-01&to=2021-12-31");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("Nolan Principles, group leader: figure unavailable (training-service did not answer)");
        JsonNode read = action(plan(standards(), planId), "Training on the Nolan Principles").get("evidence");
        assertThat(read.get("available").asBoolean()).isFalse();
        assertThat(standards().put("/actions/" + nolan + "/evidence", "application/json", "{}").status()).isEqualTo(200);
    }

    @Test
    void thePdfReportIsThePagePrinted() throws Exception {
        HttpCalls.Download pdf = standards().download("/plans/" + planId + "/report?from=2021-01-01&to=2021-12-31&format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).contains("committee-report-2021-01-01-to-2021-12-31.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Further description", "Skills, Learning, & Development",
                    "Regular meetings between Group Leaders and the Chief Executive", "These meetings are ongoing.");
        }
    }

    @Test
    void theWordReportOpensInLibreOffice(@TempDir Path dir) throws Exception {
        HttpCalls.Download docx = standards().download("/plans/" + planId + "/report?from=2021-01-01&to=2021-12-31&format=docx");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.disposition()).contains("committee-report-2021-01-01-to-2021-12-31.docx");
        Path file = dir.resolve("report.docx");
        Files.write(file, docx.bytes());

        Path office = List.of(Path.of("/usr/bin/libreoffice"), Path.of("/usr/bin/soffice")).stream()
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(office != null, "LibreOffice is not installed (apt-get install libreoffice-writer-nogui; "
                + ".ci/run installs it): the .docx was downloaded but not opened");
        for (String target : List.of("pdf", "txt:Text")) {
            Process convert = new ProcessBuilder(office.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
                    "--headless", "--convert-to", target, "--outdir", dir.toString(), file.toString())
                    .redirectErrorStream(true).start();
            assertThat(convert.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(convert.exitValue()).as(new String(convert.getInputStream().readAllBytes())).isZero();
        }
        assertThat(new String(Files.readAllBytes(dir.resolve("report.pdf")), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = Files.readString(dir.resolve("report.txt"));
        assertThat(text).contains("Action", "Further description", "Skills, Learning, & Development",
                "Regular meetings between Group Leaders and the Chief Executive", "These meetings are ongoing.");
    }
}
