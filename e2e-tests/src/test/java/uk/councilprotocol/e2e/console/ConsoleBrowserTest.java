package uk.councilprotocol.e2e.console;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.councilprotocol.deploy.DemoData;
import uk.councilprotocol.e2e.SharedPlatform;
import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.ServiceSpec;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import jakarta.mail.internet.MimeMessage;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.MailServer;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.stream.StreamSupport;

/**
 * The web console in headless Chromium, against the whole platform (the one the e2e journeys share,
 * {@link SharedPlatform}) with the demo data loaded into it: HR signs in, sees compliance, records a completion and
 * sees the figure change; a plan owner adds a progress update and gets the committee report. axe-core checks every
 * page visited for serious or critical accessibility problems.
 * Screenshots land in {@code target/screenshots} (the README's come from there).
 */
@ExtendWith(SharedPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    Path runDirectory;

    Platform platform;
    Browser browser;
    String console;
    final List<String> accessibility = new ArrayList<>();
    /** The kinds of page in their states axe-core has checked ({@link #checkAccessibility()}). */
    final java.util.Set<String> checkedPages = new java.util.HashSet<>();

    @BeforeAll
    void start(Platform shared) throws Exception {
        Assumptions.assumeTrue(Browser.available(), "No browser: install Debian's chromium and chromium-driver "
                + "(.ci/run does) to run the web console's browser tests");
        platform = shared;
        DemoData.load(platform);
        console = platform.service(ServiceSpec.CONSOLE).httpUrl();
        browser = new Browser();
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            // The services' logs, kept beside the screenshots for whoever reads a failure.
            try (var logs = Files.list(platform.layout().logs())) {
                Files.createDirectories(SCREENSHOTS);
                for (Path log : logs.toList()) {
                    Files.copy(log, SCREENSHOTS.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    void signInAs(String name) {
        signedOut();
        browser.open(console + "/sign-in");
        browser.click(By.xpath("//button[starts-with(normalize-space(.), 'Sign in as " + name + "')]"));
        browser.upTo(Duration.ofSeconds(20)).until(org.openqa.selenium.support.ui.ExpectedConditions.urlToBe(console + "/"));
    }

    /** Each journey starts with no session in the browser. */
    void signedOut() {
        browser.open(console + "/signed-out");
        browser.driver.manage().deleteAllCookies();
    }

    void signOut() throws Exception {
        int signOutsAtTheProvider = platform.tokens().signOuts().size();
        browser.click(By.xpath("//button[normalize-space(.)='Sign out']"));
        browser.awaitUrlEnding("/signed-out");
        assertThat(platform.tokens().signOuts()).as("signed out at the provider too").hasSize(signOutsAtTheProvider + 1);
        checkAccessibility();
        assertThat(browser.textOnceEqual(By.tagName("h1"), "You have signed out")).isEqualTo("You have signed out");
    }

    /**
     * axe-core on the page, once for each kind of page in each state: its path with every segment that names a record
     * taken out, whether it shows an error summary, and whether a banner. axe takes about half a second a page on two
     * cores, and a page already checked in the same state has the same markup around different data.
     */
    void checkAccessibility() throws Exception {
        String path = java.net.URI.create(browser.driver.getCurrentUrl()).getPath().replaceAll("/[^/]*\\d[^/]*", "/{id}");
        String state = path + (browser.driver.findElements(By.className("govuk-error-summary")).isEmpty() ? "" : " error")
                + (browser.driver.findElements(By.className("govuk-notification-banner")).isEmpty() ? "" : " banner");
        if (checkedPages.add(state)) {
            accessibility.addAll(browser.seriousAccessibilityProblems());
        }
    }

    String percentFor(String group) {
        return browser.text(By.cssSelector(".console-percent[data-group='" + group + "']"));
    }

    @Test
    void hrSeesComplianceRecordsACompletionAndTheFigureChanges() throws Exception {
        signedOut();
        browser.open(console + "/compliance");
        assertThat(browser.driver.getCurrentUrl()).as("signed out: to the sign-in").startsWith(platform.tokens().url() + "/authorize");
        signInAs("Amy Hart");
        assertThat(browser.textOnceEqual(By.tagName("h1"), "My work")).isEqualTo("My work");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "my-work");

        browser.click(By.linkText("Training compliance"));
        assertThat(browser.textOnceEqual(By.tagName("h1"), "Training compliance")).isEqualTo("Training compliance");
        String before = percentFor("Environment and Place");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "compliance");

        // the summary shows the most overdue few; everyone overdue is a page of its own, a page at a time
        browser.open(console + "/compliance/overdue");
        assertThat(browser.textOnceEqual(By.tagName("h1"), "Overdue training")).isEqualTo("Overdue training");
        assertThat(browser.text(By.id("showing"))).matches("(Showing 1 to \\d+ of \\d+|No) overdue courses( found)?");
        checkAccessibility();
        browser.click(By.linkText("Training compliance"));
        assertThat(browser.textOnceEqual(By.tagName("h1"), "Training compliance")).isEqualTo("Training compliance");

        browser.driver.findElement(By.id("person_id")).sendKeys("EM-0205");
        new Select(browser.driver.findElement(By.id("course_code"))).selectByValue("EQUALITY_DIVERSITY");
        browser.driver.findElement(By.id("provider")).sendKeys("e-learning");
        browser.click(By.xpath("//button[normalize-space(.)='Record completion']"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "Completion of EQUALITY_DIVERSITY recorded")).isEqualTo("Completion of EQUALITY_DIVERSITY recorded");
        String after = percentFor("Environment and Place");
        assertThat(Integer.parseInt(after.replace("%", ""))).as("Environment and Place, from " + before)
                .isGreaterThan(Integer.parseInt(before.replace("%", "")));

        new Select(browser.driver.findElement(By.id("course_code"))).selectByValue("NOLAN_PRINCIPLES");
        browser.driver.findElement(By.id("completed_on")).clear();
        browser.driver.findElement(By.id("completed_on")).sendKeys("yesterday");
        browser.click(By.xpath("//button[normalize-space(.)='Record completion']"));
        assertThat(browser.textOnceEqual(By.className("govuk-error-summary__title"), "There is a problem")).isEqualTo("There is a problem");
        assertThat(browser.text(By.className("govuk-error-summary__list"))).contains("person_id");
        checkAccessibility();

        browser.click(By.linkText("Import the roster"));
        Path bad = runDirectory.resolve("roster-bad.csv");
        Files.writeString(bad, "id,full_name,email,kind,department,start_date\n"
                + "EM-0301,Nia Newstarter,nia.newstarter@eastmoor.example.gov.uk,officer,Environment and Place,2026-11-02\n"
                + "EM-0302,Bad Row,not-an-email,officer,Environment and Place,2026-13-45\n");
        browser.find(By.id("file")).sendKeys(bad.toString());
        browser.click(By.xpath("//button[normalize-space(.)='Upload and import']"));
        assertThat(browser.text(By.id("problems"))).contains("3 email").contains("3 start_date");
        checkAccessibility();
        Path good = runDirectory.resolve("roster-good.csv");
        StringBuilder library = new StringBuilder();   // enough people for the matrix to need a second page
        for (int i = 1; i <= 60; i++) {
            library.append(String.format("EM-L%02d,Lib Reader %02d,lib.reader%02d@eastmoor.example.gov.uk,officer,Libraries,2026-11-02%n", i, i, i));
        }
        Files.writeString(good, "id,full_name,email,kind,department,start_date\n"
                + "EM-0301,Nia Newstarter,nia.newstarter@eastmoor.example.gov.uk,officer,Environment and Place,2026-11-02\n" + library);
        browser.find(By.id("file")).sendKeys(good.toString());
        browser.click(By.xpath("//button[normalize-space(.)='Upload and import']"));
        assertThat(browser.text(By.className("govuk-notification-banner__heading"))).startsWith("Roster imported: 61 rows, 61 people added");
        browser.click(By.linkText("Training compliance"));

        browser.click(By.linkText("Every person and course"));
        String everyone = browser.text(By.id("showing"));
        assertThat(everyone).startsWith("Showing 1 to 50 of");
        int total = Integer.parseInt(everyone.replaceAll(".* of (\\d+) people.*", "$1"));
        assertThat(total).isGreaterThan(60);
        browser.click(By.xpath("//nav[contains(@class,'govuk-pagination')]//a[@rel='next']"));
        assertThat(browser.textOnceEqual(By.id("showing"), "Showing 51 to " + total + " of " + total + " people"))
                .isEqualTo("Showing 51 to " + total + " of " + total + " people");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/compliance/people?page=2");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "matrix-page-2");
        browser.find(By.id("q")).sendKeys("ollie");
        browser.click(By.xpath("//button[normalize-space(.)='Search']"));
        assertThat(browser.textOnceEqual(By.id("showing"), "Showing 1 to 1 of 1 people")).isEqualTo("Showing 1 to 1 of 1 people");
        var ollie = browser.find(By.xpath("//table[@id='matrix']//tr[th/a[normalize-space(.)='Ollie Carter']]"));
        assertThat(ollie.getText()).contains("Done").contains("Not required");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "matrix");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(console + "/compliance/export.csv"))
                .header("Cookie", "console_session=" + browser.cookie("console_session")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("id,name,department,").contains("EM-0205,Ollie Carter,Environment and Place,");
        HttpResponse<byte[]> excel = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(console + "/compliance/export.xlsx"))
                .header("Cookie", "console_session=" + browser.cookie("console_session")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(excel.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            var sheet = workbook.getSheet("Training compliance");
            var ollieRow = StreamSupport.stream(sheet.spliterator(), false)
                    .filter(row -> row.getCell(1).getStringCellValue().equals("Ollie Carter")).findFirst().orElseThrow();
            assertThat(ollieRow.getCell(0).getStringCellValue()).isEqualTo("EM-0205");
            assertThat(ollieRow.getCell(2).getStringCellValue()).isEqualTo("Environment and Place");
        }
        Files.write(SCREENSHOTS.resolve("training-compliance.xlsx"), excel.body());
        browser.click(By.linkText("Ollie Carter"));
        assertThat(browser.textOnceEqual(By.tagName("h1"), "Ollie Carter")).isEqualTo("Ollie Carter");
        assertThat(browser.text(By.tagName("main"))).contains("Equality").contains("Done");
        checkAccessibility();
        signOut();
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void hrDownloadsTheCompletionsTheServiceWrites() throws Exception {
        signInAs("Amy Hart");
        browser.open(console + "/compliance");
        browser.click(By.id("completions-link"));
        assertThat(browser.textOnceEqual(By.tagName("h1"), "Download completions")).isEqualTo("Download completions");
        browser.find(By.id("from")).sendKeys("1 April");
        new Select(browser.find(By.id("course"))).selectByValue("EQUALITY_DIVERSITY");
        browser.click(By.id("download"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("from '1 April' is not a date in the form YYYY-MM-DD");
        assertThat(browser.find(By.id("from")).getAttribute("value")).as("what was typed is kept").isEqualTo("1 April");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "completions-download");

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(console
                        + "/compliance/completions/download?format=csv&course=EQUALITY_DIVERSITY"))
                .header("Cookie", "console_session=" + browser.cookie("console_session")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("completions.csv");
        assertThat(csv.body()).contains("person_id,full_name,department,kind,course_code,course_title,completed_on")
                .contains("EM-0001,").contains(",EQUALITY_DIVERSITY,").doesNotContain(",NOLAN_PRINCIPLES,");
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void aPlanOwnerAddsProgressAndGetsTheCommitteeReport() throws Exception {
        // a councillor follows the plan first: she hears of the progress below
        signInAs("Cllr Margaret Hughes");
        browser.open(console + "/plans");
        browser.click(By.linkText("Protocol on Councillor/Officer Relations action plan"));
        browser.click(By.id("follow-button"));
        assertThat(browser.textOnceEqual(By.id("follow-button"), "Stop following")).isEqualTo("Stop following");
        checkAccessibility();
        // and keeps her own training record
        browser.open(console + "/");
        String transcript = browser.find(By.id("my-transcript")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(transcript))
                .header("Cookie", "console_session=" + browser.cookie("console_session")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("training-record-CLLR-001-");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        checkAccessibility();

        signInAs("Sue Putt");
        assertThat(browser.text(By.tagName("main"))).contains("Regular meetings between Group Leaders and the Chief Executive");
        browser.click(By.partialLinkText("Regular meetings between Group Leaders"));
        assertThat(browser.text(By.tagName("h1"))).startsWith("Regular meetings between Group Leaders");
        checkAccessibility();

        browser.driver.findElement(By.id("narrative")).sendKeys("The November meeting agreed a shared escalation route.");
        new Select(browser.driver.findElement(By.id("status"))).selectByValue("ONGOING");
        browser.click(By.xpath("//button[normalize-space(.)='Save progress update']"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "Progress update saved")).isEqualTo("Progress update saved");
        assertThat(browser.text(By.id("progress-history"))).contains("The November meeting agreed a shared escalation route.")
                .contains("Sue Putt");
        assertThat(browser.text(By.id("action-status"))).startsWith("Ongoing");
        browser.screenshot(SCREENSHOTS, "action");
        MimeMessage told = Eventually.get(() -> platform.mail().mailbox("margaret.hughes@eastmoor.example.gov.uk").stream()
                .filter(m -> subjectOf(m).startsWith("Progress on an action you follow")).findFirst().orElse(null),
                Duration.ofSeconds(60), () -> "the follower's email");
        assertThat(MailServer.plainText(told)).contains("Sue Putt recorded progress", "The November meeting agreed a shared escalation route.");

        // she corrects her update's wording; a correction needs its reason, and what it said before is kept
        String mine = "//ul[@id='progress-history']/li[p[normalize-space(.)='The November meeting agreed a shared escalation route.']]";
        browser.click(By.xpath(mine + "//span[starts-with(normalize-space(.), 'Correct this update')]"));
        WebElement wording = browser.find(By.xpath(mine + "//textarea[@name='correction']"));
        wording.clear();
        wording.sendKeys("The November meeting agreed a shared escalation route. Group Leaders now meet monthly.");
        browser.click(By.xpath(mine + "//button[normalize-space(.)='Save the correction']"));
        assertThat(browser.textOnceContaining(By.className("govuk-error-summary"), "correction_reason")).contains("correction_reason");
        assertThat(browser.find(By.id("correction")).getAttribute("value")).as("the words typed are kept")
                .endsWith("Group Leaders now meet monthly.");
        browser.find(By.id("correction_reason")).sendKeys("The monthly meetings were left out");
        browser.click(By.xpath("//details[@open]//button[normalize-space(.)='Save the correction']"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "The progress update was corrected"))
                .isEqualTo("The progress update was corrected");
        assertThat(browser.text(By.id("progress-history"))).contains("Group Leaders now meet monthly.").contains("Corrected 1 time");
        checkAccessibility();

        browser.click(By.linkText("Back to the plan"));
        assertThat(browser.textOnceEqual(By.tagName("h1"), "Protocol on Councillor/Officer Relations action plan")).isEqualTo("Protocol on Councillor/Officer Relations action plan");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "plan");
        String wordLink = browser.driver.findElement(By.linkText("Word document")).getAttribute("href");
        browser.click(By.linkText("web page"));
        assertThat(browser.driver.getPageSource()).contains("Further description")
                .contains("The November meeting agreed a shared escalation route.");

        HttpResponse<byte[]> word = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(wordLink))
                .header("Cookie", "console_session=" + browser.cookie("console_session")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(word.statusCode()).isEqualTo(200);
        assertThat(word.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats");
        assertThat(new String(word.body(), 0, 2)).as("a zip: the .docx package").isEqualTo("PK");

        browser.open(console + "/compliance");
        assertThat(browser.textOnceEqual(By.tagName("h1"), "You do not have access to this page")).as("an officer is not HR").isEqualTo("You do not have access to this page");
        checkAccessibility();
        browser.open(console + "/plans");
        checkAccessibility();
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    /** A committee paper as Word writes it, with a layout of its own: two "Action" columns, one only numbering them. */
    static java.nio.file.Path committeePaper() throws Exception {
        String[][] rows = {
                {"Governance Characteristic", "Action", "Action", "Lead", "Target Date"},
                {"Culture and behaviours", "Action 1", "Agree a member-officer charter with the group leaders",
                        "Director of Law and Governance and Director of Finance", "March 2027"},
                {"Transparency", "Action 2", "Publish enquiry response times quarterly", "Gareth Llewellyn", "Ongoing"}};
        java.nio.file.Path file = java.nio.file.Files.createTempFile("committee-paper", ".docx");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = java.nio.file.Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Appendix A: Governance Improvement Plan");
            var table = document.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    table.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(rows[r][c]);
                }
            }
            document.write(out);
        }
        return file;
    }

    /** A committee paper as the council publishes it, printed to PDF: a heading, then a ruled table. */
    static java.nio.file.Path committeePaperAsPdf() throws Exception {
        String html = "<html><head><style>table { border-collapse: collapse } th, td { border: 1px solid #000; padding: 4px }"
                + "</style></head><body><h1>Appendix B: Member Development Plan</h1><table>"
                + "<tr><th>Area</th><th>Ref</th><th>What we will do</th><th>Responsible Officer</th><th>Timescale</th></tr>"
                + "<tr><td>Member development</td><td>MD1</td><td>Offer every councillor a personal development plan</td>"
                + "<td>Director of Law and Governance</td><td>September 2027</td></tr>"
                + "<tr><td>Casework</td><td>CW1</td><td>Report enquiry response times to each Standards Committee</td>"
                + "<td>Gareth Llewellyn</td><td>December 2027</td></tr></table></body></html>";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("committee-paper", ".pdf");
        java.nio.file.Files.write(file, uk.councilprotocol.platform.tables.PagePdf.of(html));
        return file;
    }

    @Test
    void theMonitoringOfficerMovesADeadlineRatesAnActionAndLinksItsEvidence() throws Exception {
        signInAs("Gareth Llewellyn");
        // the committee paper itself, as Word: no file named first, then its table imported with no mapping
        browser.open(console + "/plans");
        browser.click(By.linkText("Import a plan table"));
        browser.click(By.id("import-docx"));
        assertThat(browser.textOnceContaining(By.className("govuk-error-summary"), "paper")).contains("paper is required");
        browser.find(By.id("docx_title")).sendKeys("Governance Improvement Plan");
        browser.find(By.id("paper")).sendKeys(committeePaper().toString());
        browser.click(By.id("import-docx"));
        assertThat(browser.textOnceEqual(By.tagName("h1"), "Import report")).isEqualTo("Import report");
        assertThat(browser.text(By.className("govuk-notification-banner__heading"))).startsWith("2 actions created");
        checkAccessibility();
        browser.click(By.linkText("Open the plan"));
        assertThat(browser.text(By.tagName("main"))).contains("Culture and behaviours").contains("Agree a member-officer charter");

        // and a paper as the council publishes it, a PDF: its ruled table read the same way
        browser.open(console + "/plans/import");
        browser.find(By.id("docx_title")).sendKeys("Member Development Plan");
        browser.find(By.id("paper")).sendKeys(committeePaperAsPdf().toString());
        browser.click(By.id("import-docx"));
        assertThat(browser.textOnceEqual(By.tagName("h1"), "Import report")).isEqualTo("Import report");
        assertThat(browser.text(By.className("govuk-notification-banner__heading"))).startsWith("2 actions created");
        browser.click(By.linkText("Open the plan"));
        assertThat(browser.text(By.tagName("main"))).contains("Member development").contains("Offer every councillor a personal development plan")
                .contains("Casework");

        browser.open(console + "/plans");
        browser.click(By.linkText("Corporate Peer Challenge action plan"));
        browser.click(By.partialLinkText("We recognise the foundational importance"));
        browser.find(By.id("due")).sendKeys("By March 2028");
        browser.click(By.id("move-deadline"));
        assertThat(browser.textOnceContaining(By.className("govuk-error-summary"), "reason")).contains("reason is required");
        assertThat(browser.find(By.id("due")).getAttribute("value")).as("what was typed is kept").isEqualTo("By March 2028");
        browser.find(By.id("due_reason")).sendKeys("The constitution review moved to the new municipal year");
        browser.click(By.id("move-deadline"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "The deadline was moved"))
                .isEqualTo("The deadline was moved");
        assertThat(browser.text(By.id("progress-history"))).contains("to \"By March 2028\": The constitution review moved")
                .contains("Gareth Llewellyn");

        new Select(browser.find(By.id("rag"))).selectByValue("RED");
        browser.find(By.id("rag_reason")).sendKeys("No budget agreed for the review");
        browser.click(By.id("save-rag"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "The RAG rating was saved"))
                .isEqualTo("The RAG rating was saved");
        assertThat(browser.text(By.tagName("main"))).contains("(set by the standards team: No budget agreed for the review)");

        new Select(browser.find(By.id("measure"))).selectByValue("ENQUIRIES_ON_TIME");
        browser.click(By.id("save-evidence"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "The evidence was saved"))
                .isEqualTo("The evidence was saved");
        assertThat(browser.text(By.id("progress-history"))).contains("Live evidence linked: Councillor enquiries answered on time")
                .contains("RAG rating set to red by the committee: No budget agreed for the review");

        browser.find(By.id("owner")).sendKeys("Director of Magic");
        browser.find(By.id("owner_reason")).sendKeys("Democratic Services takes it on");
        browser.click(By.id("change-owner"));
        assertThat(browser.textOnceContaining(By.className("govuk-error-summary"), "owner")).contains("is neither a person on the roster");
        browser.find(By.id("owner")).clear();
        browser.find(By.id("owner")).sendKeys("Sue Putt");
        browser.click(By.id("change-owner"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "The owner was changed"))
                .isEqualTo("The owner was changed");
        assertThat(browser.text(By.tagName("main"))).contains("to \"Sue Putt\": Democratic Services takes it on");

        browser.click(By.xpath("//ul[@id='milestones']/li[1]//button"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "The milestone was saved"))
                .isEqualTo("The milestone was saved");
        assertThat(browser.text(By.xpath("//ul[@id='milestones']/li[1]"))).contains("Done ").contains("(Gareth Llewellyn)")
                .contains("Not done after all");
        checkAccessibility();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("document.getElementById('milestones').scrollIntoView()");
        browser.screenshot(SCREENSHOTS, "action-managed");
        String page = browser.driver.getCurrentUrl().replaceAll("\\?.*", "");

        // the audit log says what each of those changed, before and after
        browser.open(console + "/audit?q=OverrideRag");
        assertThat(browser.text(By.id("audit"))).contains("rag_override: (none) → RED");
        browser.open(console + "/audit?q=ChangeOwner");
        assertThat(browser.text(By.id("audit"))).contains("→ Sue Putt");
        checkAccessibility();
        browser.open(page);

        // last year's committee report as a PDF: a period the console cannot read is named, then the file downloads
        browser.click(By.linkText("Back to the plan"));
        browser.click(By.className("govuk-details__summary"));
        browser.find(By.id("from")).sendKeys("last April");
        browser.click(By.id("get-report"));
        assertThat(browser.textOnceContaining(By.className("govuk-error-summary"), "from")).contains("from");
        int lastYear = LocalDate.now(platform.clock()).getYear() - 1;
        String pdfLink = browser.driver.getCurrentUrl().replaceAll("\\?.*", "") + "?from=" + lastYear + "-01-01&to=" + lastYear
                + "-12-31&format=pdf";
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink))
                .header("Cookie", "console_session=" + browser.cookie("console_session")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("committee-report-" + lastYear + "-01-01-to-"
                + lastYear + "-12-31.pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        checkAccessibility();

        // a co-opted member's remit (9.1.13): recorded from the routing rules' categories, then removed again
        browser.click(By.linkText("Co-opted remits"));
        browser.find(By.id("body")).sendKeys("standards-committee");
        browser.click(By.id("category-0"));
        browser.click(By.id("save-remit"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "The remit of standards-committee was saved."))
                .isEqualTo("The remit of standards-committee was saved.");
        assertThat(browser.text(By.id("remits"))).contains("standards-committee");
        checkAccessibility();
        browser.find(By.id("body")).sendKeys("standards-committee");
        browser.click(By.id("save-remit"));
        assertThat(browser.textOnceContaining(By.id("remits"), "None yet.")).contains("None yet.");

        signInAs("Sian Moore");
        browser.open(page);
        assertThat(browser.driver.findElements(By.id("deadline-form"))).as("only the standards team manages an action").isEmpty();
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void theHubRecordsAnOfficersAbsenceAndWhoCoversIt() throws Exception {
        signInAs("Aisha Begum");
        browser.click(By.linkText("Councillor enquiries"));
        browser.click(By.id("absence-cover-link"));
        // the roster-id boxes offer the officers by name as the Hub types
        assertThat(browser.find(By.id("officer_id")).getAttribute("list")).isEqualTo("officers");
        assertThat(browser.find(By.cssSelector("#officers option[value='EM-0206']")).getAttribute("textContent"))
                .isEqualTo("Fatima Haddad, Environment and Place");
        LocalDate away = LocalDate.now(platform.clock()).plusDays(30);
        browser.find(By.id("officer_id")).sendKeys("EM-0206");
        browser.find(By.id("starts_on")).sendKeys(away.toString());
        browser.find(By.id("ends_on")).sendKeys(away.minusDays(1).toString());
        browser.find(By.id("cover_officer_id")).sendKeys("EM-0104");
        browser.click(By.id("record-absence"));
        assertThat(browser.textOnceContaining(By.className("govuk-error-summary"), "ends_on")).contains("ends_on");
        assertThat(browser.find(By.id("officer_id")).getAttribute("value")).as("what was typed is kept").isEqualTo("EM-0206");
        browser.find(By.id("ends_on")).clear();
        browser.find(By.id("ends_on")).sendKeys(away.plusDays(4).toString());
        browser.click(By.id("record-absence"));
        assertThat(browser.textOnceContaining(By.className("govuk-notification-banner__heading"), "The absence was recorded"))
                .contains("The absence was recorded: 0 open enquiries moved");
        assertThat(browser.text(By.id("absences"))).contains("EM-0206").contains(away.toString()).contains("EM-0104");
        checkAccessibility();
        // Fatima's leave is cancelled before it begins: withdrawn
        browser.click(By.xpath("//table[@id='absences']//tr[td[1][normalize-space(.)='EM-0206']]//button"));
        assertThat(browser.textOnceContaining(By.className("govuk-notification-banner__heading"), "The absence was ended"))
                .contains("new enquiries go to the officer again");
        assertThat(browser.text(By.id("absences"))).doesNotContain(away.toString());
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void theHubLogsAnEnquiryThatShowsOnTheBoardAndTheDepartmentAnswersIt() throws Exception {
        signInAs("Aisha Begum");
        browser.click(By.linkText("Councillor enquiries"));
        // the demo's mail server refuses a councillor's address: the Hub sees it on its board, where it works
        browser.reloadUntil(Duration.ofSeconds(30), d -> !d.findElements(By.id("undeliverable")).isEmpty());
        assertThat(browser.text(By.id("undeliverable"))).contains("Cllr David Thompson (CLLR-004)").contains(DemoData.REFUSED_ADDRESS);
        checkAccessibility();
        browser.click(By.linkText("Log an enquiry"));
        browser.click(By.xpath("//button[normalize-space(.)='Log enquiry']"));
        assertThat(browser.text(By.className("govuk-error-summary__list"))).contains("councillor_id");
        checkAccessibility();

        new Select(browser.find(By.id("councillor_id"))).selectByValue("CLLR-002");
        browser.driver.findElement(By.id("subject")).sendKeys("Broken streetlight on Church Street");
        browser.driver.findElement(By.id("description")).sendKeys("Out for a week outside the library; residents feel unsafe.");
        new Select(browser.driver.findElement(By.id("category"))).selectByVisibleText("Highways");
        browser.driver.findElement(By.id("ward")).sendKeys("Riverside");
        browser.click(By.xpath("//button[normalize-space(.)='Log enquiry']"));
        String banner = browser.text(By.className("govuk-notification-banner__heading"));
        assertThat(banner).matches("Enquiry MEM-\\d{2}-\\d{4} logged: response due \\d{4}-\\d{2}-\\d{2}");
        String reference = banner.split(" ")[1];
        String due = banner.substring(banner.lastIndexOf(' ') + 1);
        checkAccessibility();

        // The acknowledgement to the councillor goes out within seconds: the Hub sees it in the timeline.
        browser.reloadUntil(Duration.ofSeconds(30), d -> d.findElement(By.id("timeline")).getText().contains("Email: acknowledgement"));
        assertThat(browser.text(By.id("timeline"))).contains("To CLLR-002");

        browser.click(By.linkText("Back to enquiries"));
        browser.click(By.linkText("Log an enquiry"));
        Path email = runDirectory.resolve("hedge.eml");
        Files.writeString(email, "From: Cllr Sarah O'Neill <sarah.oneill@eastmoor.example.gov.uk>\r\n"
                + "To: members.hub@eastmoor.example.gov.uk\r\nSubject: Overgrown hedge on Station Road\r\n"
                + "Date: Mon, 23 Nov 2026 09:00:00 +0000\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "The hedge outside number 12 blocks the pavement; a wheelchair user had to use the road.\r\n");
        browser.find(By.id("eml")).sendKeys(email.toString());
        new Select(browser.find(By.id("eml_category"))).selectByVisibleText("Highways");
        browser.click(By.xpath("//button[normalize-space(.)='Upload and log']"));
        assertThat(browser.textOnceEqual(By.tagName("h1"), "Overgrown hedge on Station Road")).isEqualTo("Overgrown hedge on Station Road");
        assertThat(browser.text(By.tagName("main"))).contains("Cllr Sarah O'Neill").contains("blocks the pavement");

        browser.click(By.linkText("Back to enquiries"));
        var row = browser.driver.findElement(By.xpath("//table[@id='board']//tr[td/a[normalize-space(.)='" + reference + "']]"));
        assertThat(row.getText()).contains("Broken streetlight on Church Street").contains("Environment and Place").contains(due);
        browser.screenshot(SCREENSHOTS, "enquiries");
        browser.find(By.id("q")).sendKeys("church street");
        browser.click(By.xpath("//button[normalize-space(.)='Filter']"));
        assertThat(browser.textOnceEqual(By.id("showing"), "Showing 1 to 1 of 1 enquiries")).isEqualTo("Showing 1 to 1 of 1 enquiries");
        assertThat(browser.text(By.id("board"))).contains(reference);
        assertThat(browser.driver.getCurrentUrl()).as("the search is in the address").contains("q=church+street");

        signInAs("Fatima Haddad");
        browser.click(By.linkText("Councillor enquiries"));
        browser.click(By.linkText(reference));
        browser.driver.findElement(By.id("response")).sendKeys("Repaired on 24 November; the column is now on the monthly inspection.");
        browser.click(By.xpath("//button[normalize-space(.)='Send response']"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "Response sent")).isEqualTo("Response sent");
        assertThat(browser.textOnceEqual(By.id("status"), "Responded")).isEqualTo("Responded");
        assertThat(browser.text(By.id("timeline"))).contains("Logged by the Members Support Hub").contains("Assigned to Environment and Place")
                .contains("Answered by EM-0206");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "enquiry");

        browser.click(By.linkText("Back to enquiries"));
        browser.click(By.xpath("//table[@id='board']//tr[td[normalize-space(.)='Missed bin collections on Orchard Road']]//a"));
        String binsReference = browser.text(By.className("govuk-caption-l"));
        browser.click(By.xpath("//span[normalize-space(.)='It belongs to another department: reassign it']"));
        browser.find(By.id("to_department")).sendKeys("Adults and Communities");
        browser.find(By.id("reassign_reason")).sendKeys("The resident is in supported housing: Adults and Communities arranges collections");
        browser.click(By.xpath("//button[normalize-space(.)='Reassign']"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "Enquiry " + binsReference + " reassigned"))
                .isEqualTo("Enquiry " + binsReference + " reassigned");
        assertThat(browser.text(By.tagName("main"))).as("no longer this department's").doesNotContain("Missed bin collections on Orchard Road");
        checkAccessibility();
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void theHubAddsChangesAndRemovesARoutingRuleAndSplitsAnEnquiryAcrossTwoDepartments() throws Exception {
        signInAs("Aisha Begum");
        browser.click(By.linkText("Routing rules"));
        assertThat(browser.text(By.id("routing-rules"))).contains("Highways").contains("Environment and Place");
        browser.find(By.id("category")).sendKeys("Parking");
        browser.click(By.id("save-routing-rule"));
        assertThat(browser.text(By.className("govuk-error-summary"))).as("no department").contains("department");
        assertThat(browser.find(By.id("category")).getAttribute("value")).as("what was typed kept").isEqualTo("Parking");
        browser.find(By.id("department")).sendKeys("Environment and Place");
        browser.click(By.id("save-routing-rule"));
        String added = "The routing rule was added.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), added)).isEqualTo(added);

        browser.click(By.xpath("//table[@id='routing-rules']//tr[td[1][normalize-space(.)='Parking']]//a"));
        assertThat(browser.find(By.id("department")).getAttribute("value")).isEqualTo("Environment and Place");
        browser.find(By.id("department")).clear();
        browser.find(By.id("department")).sendKeys("Resources");
        browser.click(By.id("save-routing-rule"));
        String changed = "The routing rule was changed. Enquiries already routed stay where they are.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), changed)).isEqualTo(changed);
        assertThat(browser.text(By.xpath("//table[@id='routing-rules']//tr[td[1][normalize-space(.)='Parking']]/td[3]"))).isEqualTo("Resources");
        checkAccessibility();

        browser.open(console + "/enquiries/new");
        assertThat(new Select(browser.find(By.id("category"))).getOptions()).extracting(org.openqa.selenium.WebElement::getText)
                .as("the log form offers the routing rules' categories").contains("Parking", "Highways");
        // a matter for two departments: the Hub splits it, overriding the category's rule
        new Select(browser.find(By.id("councillor_id"))).selectByValue("CLLR-002");
        browser.find(By.id("subject")).sendKeys("Market stalls blocking the bus stop");
        browser.find(By.id("description")).sendKeys("The Saturday market's licence and the pavement both need looking at.");
        new Select(browser.find(By.id("category"))).selectByVisibleText("Parking");
        browser.click(By.xpath("//span[normalize-space(.)='Send it to other departments, or split it across several']"));
        browser.click(By.xpath("//label[normalize-space(.)='Environment and Place']"));
        browser.click(By.xpath("//label[normalize-space(.)='Resources']"));
        checkAccessibility();
        browser.click(By.xpath("//button[normalize-space(.)='Log enquiry']"));
        assertThat(browser.text(By.className("govuk-notification-banner__heading"))).contains(" logged: response due ");
        assertThat(browser.text(By.xpath("//dt[normalize-space(.)='Departments (split)']"))).isEqualTo("Departments (split)");
        assertThat(browser.driver.findElements(By.cssSelector("#departments li")).stream().map(org.openqa.selenium.WebElement::getText)
                .map(text -> text.substring(0, text.indexOf(','))).toList()).as("each ticked department answers its part")
                .containsExactlyInAnyOrder("Environment and Place", "Resources");

        browser.click(By.linkText("Routing rules"));
        browser.click(By.xpath("//table[@id='routing-rules']//tr[td[1][normalize-space(.)='Parking']]//button"));
        String removed = "The routing rule was removed.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), removed)).isEqualTo(removed);
        assertThat(browser.text(By.id("routing-rules"))).doesNotContain("Parking");
        checkAccessibility();
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void theHubAgreesALaterDeadlineReclassifiesItAsAComplaintAndReopensIt() throws Exception {
        signInAs("Aisha Begum");
        browser.click(By.linkText("Councillor enquiries"));
        browser.click(By.linkText("Log an enquiry"));
        // a letter that came last Friday, copied to another councillor, confidential: picked by name, dated as it came
        LocalDate lastFriday = LocalDate.now(platform.clock()).with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
        new Select(browser.find(By.id("councillor_id"))).selectByValue("CLLR-003");   // Cllr Sarah O'Neill, shown with her group
        browser.click(By.cssSelector("input[name='channel'][value='LETTER']"));
        browser.find(By.id("received_at-day")).sendKeys(String.valueOf(lastFriday.getDayOfMonth()));
        browser.find(By.id("received_at-month")).sendKeys(String.valueOf(lastFriday.getMonthValue()));
        browser.find(By.id("received_at-year")).sendKeys(String.valueOf(lastFriday.getYear()));
        browser.find(By.id("received_time")).sendKeys("25:00");
        browser.find(By.id("subject")).sendKeys("Flooded underpass on Mill Road");
        browser.find(By.id("description")).sendKeys("Standing water after every shower; pedestrians walk in the road.");
        new Select(browser.find(By.id("category"))).selectByVisibleText("Highways");
        browser.find(By.id("related_address")).sendKeys("Mill Road underpass, by the station");
        browser.click(By.xpath("//span[normalize-space(.)='Copy it to other councillors (optional)']"));
        browser.click(By.cssSelector("input[name='circulation-CLLR-002']"));
        browser.click(By.id("confidential"));
        browser.click(By.xpath("//button[normalize-space(.)='Log enquiry']"));
        assertThat(browser.text(By.className("govuk-error-summary__list"))).contains("received_time");
        assertThat(new Select(browser.find(By.id("councillor_id"))).getFirstSelectedOption().getText()).as("kept")
                .startsWith("Cllr Sarah O'Neill");
        browser.find(By.id("received_time")).clear();
        browser.click(By.xpath("//button[normalize-space(.)='Log enquiry']"));
        String banner = browser.text(By.className("govuk-notification-banner__heading"));
        String due = banner.substring(banner.lastIndexOf(' ') + 1);
        HttpCalls enquiries = new HttpCalls(platform.service(ServiceSpec.ENQUIRIES).httpUrl()).as(platform.tokens().token("e2e-hub", "hub"));
        String receivedAt = lastFriday.atTime(9, 0).atZone(platform.clock().getZone()).toInstant().toString();
        assertThat(due).as("ten working days from last Friday morning, not from today")
                .isEqualTo(enquiries.get("/working-days/deadline?receivedAt=" + receivedAt).json().get("dueDate").asText());
        assertThat(browser.text(By.tagName("main"))).contains("Cllr Sarah O'Neill").contains("Received by letter")
                .contains("Mill Road underpass, by the station").contains("CLLR-002").contains("Confidential");
        checkAccessibility();
        // a working day after the deadline, by the council's own calendar: ten working days on, as enquiries-service counts
        String later = enquiries.get("/working-days/deadline?receivedAt=" + due + "T09:00:00Z").json().get("dueDate").asText();

        browser.click(By.xpath("//span[normalize-space(.)='The councillor agreed a later deadline']"));
        browser.click(By.xpath("//button[normalize-space(.)='Agree the new deadline']"));
        assertThat(browser.text(By.className("govuk-error-summary__list"))).contains("new_due_date").contains("reason");
        checkAccessibility();
        browser.find(By.id("agreed_due_date")).sendKeys(later);
        browser.find(By.id("agreed_reason")).sendKeys("The drainage survey needs a dry week; agreed by phone.");
        browser.click(By.xpath("//button[normalize-space(.)='Agree the new deadline']"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "New deadline agreed: response due " + later))
                .isEqualTo("New deadline agreed: response due " + later);
        assertThat(browser.text(By.id("timeline"))).contains("Alternative deadline agreed with");

        browser.click(By.xpath("//span[normalize-space(.)='It is a complaint: reclassify it']"));
        browser.find(By.id("complaint_reference")).sendKeys("COMP-2026-0099");
        browser.click(By.xpath("//button[normalize-space(.)='Reclassify as a complaint']"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "Reclassified as complaint COMP-2026-0099"))
                .isEqualTo("Reclassified as complaint COMP-2026-0099");
        assertThat(browser.text(By.id("status"))).isEqualTo("Reclassified");
        assertThat(browser.text(By.id("complaint"))).isEqualTo("COMP-2026-0099");
        checkAccessibility();
        String reference = browser.text(By.className("govuk-caption-l"));

        browser.click(By.xpath("//button[normalize-space(.)='Reopen the enquiry']"));
        assertThat(browser.text(By.className("govuk-error-summary__list"))).contains("reason");
        browser.find(By.id("reopen_reason")).sendKeys("The complaints team says it is an enquiry after all.");
        browser.click(By.xpath("//button[normalize-space(.)='Reopen the enquiry']"));
        assertThat(browser.textOnceEqual(By.id("status"), "Open")).isEqualTo("Open");
        assertThat(browser.text(By.className("govuk-notification-banner__heading"))).startsWith("Enquiry reopened: response due ");
        assertThat(browser.text(By.id("timeline"))).contains("Reopened by");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "enquiry-hub");

        signInAs("Fatima Haddad");
        browser.open(console + "/enquiries/" + reference);
        assertThat(browser.text(By.tagName("main"))).as("a department officer has none of the Hub's forms")
                .contains("Flooded underpass on Mill Road").doesNotContain("For the Hub");
        browser.click(By.linkText("Councillor enquiries"));
        browser.click(By.linkText("My department's analytics"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My department's enquiry analytics");
        assertThat(browser.driver.findElements(By.cssSelector("tbody th")).stream().map(org.openqa.selenium.WebElement::getText).toList())
                .as("her department's own figures").containsExactly("Environment and Place");
        checkAccessibility();
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void theMonitoringOfficerReadsTheSentMailLogAndTheAnalytics() throws Exception {
        signInAs("Gareth Llewellyn");
        browser.click(By.linkText("Sent mail"));
        // The demo's reminders go out within seconds of start-up; reload until they are in the log.
        browser.reloadUntil(Duration.ofSeconds(30), d -> d.getPageSource().contains("Action due by"));
        assertThat(browser.text(By.id("sent-mail"))).contains("Sent");
        // the demo's mail server refuses one councillor's address: his acknowledgement failed, and the page says so
        browser.reloadUntil(Duration.ofSeconds(30), d -> !d.findElements(By.id("undeliverable")).isEmpty());
        assertThat(browser.text(By.id("undeliverable"))).contains("Cllr David Thompson (CLLR-004)")
                .contains(DemoData.REFUSED_ADDRESS).contains("550 5.1.1");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "sent-mail");
        // searched in the service, kept in the URL
        browser.find(By.id("q")).sendKeys("Action due by");
        browser.click(By.xpath("//button[normalize-space(.)='Search']"));
        // the click returns before the search's page has loaded (a long log takes a moment): wait for it
        browser.upTo(Duration.ofSeconds(30)).until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("q=Action+due+by"));
        assertThat(browser.driver.getCurrentUrl()).contains("q=Action+due+by");
        assertThat(browser.driver.findElements(By.cssSelector("#sent-mail tbody tr td:nth-child(3)")))
                .isNotEmpty().allSatisfy(subject -> assertThat(subject.getText()).contains("Action due by"));

        // more than a page in the log: thirty refused attempts (each is audited, like every change)
        var attempts = new uk.councilprotocol.testkit.HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl())
                .as(platform.tokens().token("audit-probe", "hr"));
        for (int i = 0; i < 30; i++) {
            assertThat(attempts.postJson("/rules", Map.of()).status()).isEqualTo(400);
        }
        browser.click(By.linkText("Audit log"));
        assertThat(browser.driver.findElements(By.cssSelector("#audit tbody tr"))).as("a page of 50 across the four logs").hasSize(50);
        String newestPage = browser.text(By.id("audit"));
        browser.click(By.id("older"));
        assertThat(browser.driver.getCurrentUrl()).contains("older=");
        assertThat(browser.text(By.id("audit"))).as("the next 50, older").isNotEqualTo(newestPage);
        browser.find(By.id("q")).sendKeys("roster/import");
        browser.click(By.xpath("//button[normalize-space(.)='Search']"));
        assertThat(browser.text(By.id("audit"))).as("the demo's roster import, from training-service's log")
                .contains("POST /roster/import").contains("hr-demo");
        assertThat(browser.driver.findElements(By.cssSelector("#audit tbody tr td:nth-child(4)")))
                .isNotEmpty().allSatisfy(what -> assertThat(what.getText()).containsIgnoringCase("roster/import"));
        checkAccessibility();

        browser.click(By.linkText("Councillor enquiries"));
        browser.click(By.linkText("Analytics"));
        assertThat(browser.text(By.tagName("main"))).contains("Environment and Place").contains("Answered within 10 working days");
        checkAccessibility();
        browser.click(By.linkText("By month"));
        assertThat(browser.textOnceEqual(By.tagName("caption"), "By month")).isEqualTo("By month");
        checkAccessibility();
        // a period: from the first of this month (by the platform's clock), first asked the wrong way round
        LocalDate firstOfMonth = LocalDate.now(platform.clock()).withDayOfMonth(1);
        browser.find(By.id("from-day")).sendKeys("1");
        browser.find(By.id("from-month")).sendKeys(String.valueOf(firstOfMonth.getMonthValue()));
        browser.find(By.id("from-year")).sendKeys(String.valueOf(firstOfMonth.getYear()));
        browser.find(By.id("to-day")).sendKeys("1");
        browser.find(By.id("to-month")).sendKeys("1");
        browser.find(By.id("to-year")).sendKeys(String.valueOf(firstOfMonth.getYear() - 1));
        browser.click(By.xpath("//button[normalize-space(.)='Show this period']"));
        assertThat(browser.text(By.className("govuk-error-summary__list"))).contains("to");
        checkAccessibility();
        for (String box : List.of("to-day", "to-month", "to-year")) {
            browser.find(By.id(box)).clear();
        }
        browser.click(By.xpath("//button[normalize-space(.)='Show this period']"));
        assertThat(browser.textOnceEqual(By.id("period"), "Enquiries received from " + firstOfMonth))
                .isEqualTo("Enquiries received from " + firstOfMonth);
        assertThat(browser.text(By.tagName("caption"))).as("still by month").isEqualTo("By month");
        assertThat(browser.text(By.tagName("main"))).as("nothing received before the period").doesNotContain(firstOfMonth.minusMonths(1).toString().substring(0, 7));

        browser.click(By.linkText("Action plans"));
        browser.click(By.linkText("Import a plan table"));
        checkAccessibility();
        browser.driver.findElement(By.id("title")).sendKeys("Member development plan");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("document.getElementById('table').value = arguments[0]",
                "Workstream\tCommitment\tResponsible\tWhen\n"
                        + "Induction\tRun a councillor induction week after each election\tDirector of Law and Governance\tMay 2027\n");
        browser.click(By.xpath("//button[normalize-space(.)='Import']"));
        assertThat(browser.text(By.className("govuk-error-summary__list"))).as("an unknown layout names the headers")
                .contains("Workstream | Commitment | Responsible | When");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("document.getElementById('mapping').value = arguments[0]",
                "Workstream = theme\nCommitment = action\nResponsible = owner\nWhen = due");
        browser.click(By.xpath("//button[normalize-space(.)='Import']"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "1 actions created, 0 rows matched, 0 skipped")).isEqualTo("1 actions created, 0 rows matched, 0 skipped");
        checkAccessibility();
        browser.click(By.linkText("Open the plan"));
        assertThat(browser.text(By.tagName("main"))).contains("Run a councillor induction week").contains("May 2027");
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void eachCouncilsHubSeesItsOwnCouncilNamedAndOnlyItsOwnEnquiries() throws Exception {
        signInAs("Glenmoor: Eilidh MacLeod");
        assertThat(browser.text(By.id("signed-in-as"))).startsWith("Signed in as").endsWith(", Glenmoor Council");
        browser.click(By.linkText("Councillor enquiries"));
        assertThat(browser.text(By.tagName("main"))).contains("Potholes on the Loch Road").doesNotContain("Pothole on Mill Lane");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "glenmoor-board");

        signInAs("Amy Hart");
        assertThat(browser.text(By.id("signed-in-as"))).as("a token without a council claim: the default council")
                .startsWith("Signed in as Amy Hart").endsWith(", Borough of Eastmoor");
        signOut();
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void aCouncillorChoosesAWeeklySummaryForHerTrainingAlone() throws Exception {
        signInAs("Cllr Margaret Hughes");
        assertThat(browser.text(By.tagName("main"))).contains("My training").contains("Nolan")
                .as("the enquiry she raised in the demo data").contains("My enquiries").contains("Missed bin collections on Orchard Road");
        assertThat(browser.find(By.id("training")).isSelected()).as("immediate by default").isTrue();
        assertThat(browser.find(By.id("actions")).isSelected()).isTrue();
        browser.click(By.cssSelector("label[for='training-2']"));
        browser.click(By.xpath("//button[normalize-space(.)='Save preferences']"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "Your preferences are saved"))
                .isEqualTo("Your preferences are saved");
        assertThat(browser.find(By.id("training-2")).isSelected()).as("training in the Monday summary").isTrue();
        assertThat(browser.find(By.id("actions")).isSelected()).as("action plans still one by one").isTrue();
        checkAccessibility();
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void anOfficerAsksForMoreTimeAndHerLineManagerApprovesIt() throws Exception {
        signInAs("Fatima Haddad");
        browser.click(By.xpath("//a[starts-with(normalize-space(.), 'Ask for more time')]"));
        String course = browser.text(By.className("govuk-caption-l"));
        LocalDate due = LocalDate.parse(browser.text(By.id("current-due")));
        LocalDate wanted = due.plusDays(30);
        browser.find(By.id("requested_due_date-day")).sendKeys("31");
        browser.find(By.id("requested_due_date-month")).sendKeys("2");
        browser.find(By.id("requested_due_date-year")).sendKeys(String.valueOf(wanted.getYear()));
        browser.find(By.id("reason")).sendKeys("The planning inquiry runs all of next month");
        browser.click(By.id("send-request"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("requested_due_date must be a real date");
        assertThat(browser.find(By.id("reason")).getAttribute("value")).as("what was typed is kept")
                .isEqualTo("The planning inquiry runs all of next month");
        checkAccessibility();
        browser.find(By.id("requested_due_date-day")).clear();
        browser.find(By.id("requested_due_date-day")).sendKeys(String.valueOf(wanted.getDayOfMonth()));
        browser.find(By.id("requested_due_date-month")).clear();
        browser.find(By.id("requested_due_date-month")).sendKeys(String.valueOf(wanted.getMonthValue()));
        browser.click(By.id("send-request"));
        String sent = "Your request for more time was sent. You will get an email when it is decided.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), sent)).isEqualTo(sent);
        assertThat(browser.text(By.tagName("main"))).contains("More time asked for").contains("to " + wanted);

        signInAs("Sian Moore");
        assertThat(browser.text(By.id("to-decide"))).isEqualTo("Requests for more time waiting for you");
        assertThat(browser.text(By.xpath("//table[caption[contains(., 'waiting for your decision')]]"))).contains("Fatima Haddad");
        browser.click(By.id("my-team"));
        assertThat(browser.text(By.tagName("main"))).as("her reports and their training").contains("Fatima Haddad")
                .contains("Ollie Carter").contains(course);
        assertThat(browser.text(By.id("team-summary"))).contains("1 request for more time waiting for you");
        checkAccessibility();
        browser.click(By.partialLinkText("More time asked for, to " + wanted));
        assertThat(browser.text(By.id("request-summary"))).contains("The planning inquiry runs all of next month")
                .contains(due.toString()).contains(wanted.toString()).contains("Their line manager");
        browser.click(By.id("send-decision"));
        assertThat(browser.text(By.className("govuk-error-summary"))).as("no choice made").contains("decision");
        browser.click(By.cssSelector("label[for='decision-approve']"));
        browser.find(By.id("note")).sendKeys("Agreed: book the session after the inquiry");
        browser.click(By.id("send-decision"));
        String recorded = "Your decision is recorded. They have been emailed.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), recorded)).isEqualTo(recorded);
        assertThat(browser.text(By.id("status"))).contains("Approved").contains("EM-0104").contains("Agreed: book the session");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "more-time");

        MimeMessage asked = platform.mail().awaitMailbox("sian.moore@eastmoor.example.gov.uk", 1, Duration.ofSeconds(60)).stream()
                .filter(m -> subjectOf(m).startsWith("Request for more time: Fatima Haddad")).findFirst().orElseThrow();
        assertThat(MailServer.plainText(asked)).contains("The planning inquiry runs all of next month");
        MimeMessage approved = Eventually.get(() -> platform.mail().mailbox("fatima.haddad@eastmoor.example.gov.uk").stream()
                .filter(m -> subjectOf(m).startsWith("More time approved: " + course)).findFirst().orElse(null),
                Duration.ofSeconds(60), () -> "Fatima's approval email");
        assertThat(MailServer.addressedTo(approved, "sian.moore@eastmoor.example.gov.uk")).as("her manager copied").isTrue();

        signInAs("Fatima Haddad");
        assertThat(browser.text(By.tagName("main"))).as("the new date on her own page").contains(wanted.toString())
                .doesNotContain("More time asked for");
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void hrPairsANewCouncillorWithABuddyWhoRecordsTheirFirstCheckIn() throws Exception {
        // a by-election a month ago: Eastmoor's newest councillor, on the roster as HR's system sends it
        LocalDate today = LocalDate.now(platform.clock());
        HttpCalls.Reply imported = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl())
                .as(platform.tokens().token("hr-demo", "hr")).post("/roster/import", "text/csv",
                        "id,full_name,email,kind,roles,department,political_group,job_title,line_manager_id,start_date,active\n"
                                + "CLLR-101,Cllr Holly Newman,holly.newman@eastmoor.example.gov.uk,councillor,,,Riverside Independents,,,"
                                + today.minusMonths(1) + ",true\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        signInAs("Amy Hart");
        browser.click(By.linkText("Buddies"));
        new Select(browser.find(By.id("newcomer"))).selectByValue("CLLR-101");
        browser.click(By.id("suggest"));
        assertThat(browser.text(By.cssSelector("label[for='buddy-0']"))).as("her own group's first, the earliest name first")
                .isEqualTo("Cllr Margaret Hughes");
        assertThat(browser.text(By.id("buddy-0-hint"))).startsWith("Same group (Riverside Independents); buddying no one now");
        browser.click(By.id("pair"));
        assertThat(browser.text(By.className("govuk-error-summary"))).as("no buddy chosen").contains("buddy_id is required");
        checkAccessibility();
        browser.click(By.cssSelector("label[for='buddy-0']"));
        browser.click(By.id("pair"));
        String paired = "Cllr Holly Newman and Cllr Margaret Hughes are paired. Both have been emailed.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), paired)).isEqualTo(paired);
        assertThat(browser.text(By.id("pairing-summary"))).contains(today.plusMonths(6).toString());
        checkAccessibility();

        MimeMessage toHolly = Eventually.get(() -> platform.mail().mailbox("holly.newman@eastmoor.example.gov.uk").stream()
                .filter(m -> subjectOf(m).equals("Your buddy as a new councillor: Cllr Margaret Hughes")).findFirst().orElse(null),
                Duration.ofSeconds(60), () -> "Holly told of her buddy");
        assertThat(MailServer.plainText(toHolly)).contains("Cllr Margaret Hughes will be your buddy");
        Eventually.get(() -> platform.mail().mailbox("margaret.hughes@eastmoor.example.gov.uk").stream()
                .filter(m -> subjectOf(m).equals("You are Cllr Holly Newman's buddy")).findFirst().orElse(null),
                Duration.ofSeconds(60), () -> "Margaret told she is the buddy");

        signInAs("Cllr Margaret Hughes");
        browser.click(By.linkText("Buddies"));
        browser.click(By.linkText("Cllr Holly Newman"));
        LocalDate tomorrow = today.plusDays(1);
        browser.find(By.id("held_on-day")).sendKeys(String.valueOf(tomorrow.getDayOfMonth()));
        browser.find(By.id("held_on-month")).sendKeys(String.valueOf(tomorrow.getMonthValue()));
        browser.find(By.id("held_on-year")).sendKeys(String.valueOf(tomorrow.getYear()));
        browser.find(By.id("note")).sendKeys("Coffee before full council; went through the casework system");
        browser.click(By.id("record-check-in"));
        assertThat(browser.text(By.className("govuk-error-summary"))).as("not yet held").contains("held_on").contains("is in the future");
        assertThat(browser.find(By.id("note")).getAttribute("value")).as("what was typed is kept")
                .isEqualTo("Coffee before full council; went through the casework system");
        for (String part : List.of("day", "month", "year")) {
            browser.find(By.id("held_on-" + part)).clear();
        }
        browser.find(By.id("held_on-day")).sendKeys(String.valueOf(today.getDayOfMonth()));
        browser.find(By.id("held_on-month")).sendKeys(String.valueOf(today.getMonthValue()));
        browser.find(By.id("held_on-year")).sendKeys(String.valueOf(today.getYear()));
        browser.click(By.id("record-check-in"));
        String recorded = "The check-in is recorded.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), recorded)).isEqualTo(recorded);
        assertThat(browser.text(By.id("check-ins"))).contains(today.toString())
                .contains("Coffee before full council; went through the casework system").contains("CLLR-001");
        assertThat(browser.driver.findElements(By.id("end-form"))).as("only HR ends a pairing").isEmpty();
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "buddy-pairing");
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void hrPublishesASkillsAuditACouncillorAnswersItAndHerGapAssignsItsCourse() throws Exception {
        LocalDate today = LocalDate.now(platform.clock());
        LocalDate closes = today.plusDays(30);
        signInAs("Amy Hart");
        browser.click(By.linkText("Skills audit"));
        browser.find(By.id("closes_on-day")).sendKeys(String.valueOf(closes.getDayOfMonth()));
        browser.find(By.id("closes_on-month")).sendKeys(String.valueOf(closes.getMonthValue()));
        browser.find(By.id("closes_on-year")).sendKeys(String.valueOf(closes.getYear()));
        // the first row's skill left out, its course chosen: both the missing title and the missing name are named
        new Select(browser.find(By.id("skills[0].course_code"))).selectByValue("PLANNING_LICENSING");
        browser.click(By.cssSelector("label[for='skill-0-required']"));
        browser.click(By.id("publish"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("title is required").contains("skills[0].name is required");
        assertThat(new Select(browser.find(By.id("skills[0].course_code"))).getFirstSelectedOption().getAttribute("value"))
                .as("what was chosen is kept").isEqualTo("PLANNING_LICENSING");
        checkAccessibility();
        browser.find(By.id("title")).sendKeys("Councillors' skills and experience");
        browser.find(By.id("skills[0].name")).sendKeys("Chairing a meeting");
        browser.find(By.id("skills[1].name")).sendKeys("Digital casework");
        new Select(browser.find(By.id("skills[1].needed_level"))).selectByValue("2");
        browser.click(By.id("publish"));
        String published = "The audit is published. Councillors may answer it until " + closes + ".";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), published)).isEqualTo(published);
        assertThat(browser.text(By.id("no-answers"))).isEqualTo("No councillor has answered yet.");
        assertThat(browser.text(By.id("not-answered"))).contains("Cllr Margaret Hughes").contains("Cllr James Patel");
        checkAccessibility();

        signInAs("Cllr Margaret Hughes");
        browser.click(By.linkText("Skills audit"));
        browser.click(By.linkText("Councillors' skills and experience"));
        browser.click(By.cssSelector("label[for='level-0']"));
        browser.click(By.id("save-answers"));
        assertThat(browser.text(By.className("govuk-error-summary"))).as("every skill rated").contains("Digital casework is not rated");
        assertThat(browser.find(By.id("level-0")).isSelected()).as("her rating kept").isTrue();
        browser.click(By.cssSelector("label[for='level-1-4']"));
        browser.click(By.id("save-answers"));
        String saved = "Your answers are saved. Any course a gap requires is on My work.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), saved)).isEqualTo(saved);
        assertThat(browser.text(By.id("gaps"))).contains("Chairing a meeting").contains("1 / 3")
                .contains("PLANNING_LICENSING assigned, due " + today.plusDays(60)).doesNotContain("Digital casework");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "skills-audit");
        browser.click(By.linkText("My work"));
        assertThat(browser.text(By.id("main-content"))).as("the course is hers to do").contains("Planning and Licensing Committee Training");

        signInAs("Amy Hart");
        browser.click(By.linkText("Skills audit"));
        browser.click(By.linkText("Councillors' skills and experience"));
        assertThat(browser.text(By.xpath("//table[@id='matrix']//tr[th[normalize-space(.)='Cllr Margaret Hughes']]")))
                .isEqualTo("Cllr Margaret Hughes 1 Gap 4");
        assertThat(browser.text(By.id("not-answered"))).doesNotContain("Cllr Margaret Hughes").contains("Cllr James Patel");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "skills-matrix");
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void hrCorrectsTheDateOfACompletionAndTheHistoryKeepsWhatItWas() throws Exception {
        signInAs("Amy Hart");
        browser.open(console + "/compliance/people/EM-0102");
        browser.click(By.xpath("//a[starts-with(normalize-space(.), 'Correct or withdraw') and contains(., 'NOLAN_PRINCIPLES')]"));
        LocalDate recorded = LocalDate.parse(browser.text(By.id("recorded-on")));
        LocalDate right = recorded.minusDays(7);
        for (String[] box : new String[][]{{"day", String.valueOf(right.getDayOfMonth())}, {"month", String.valueOf(right.getMonthValue())},
                {"year", String.valueOf(right.getYear())}}) {
            browser.find(By.id("completed_on-" + box[0])).clear();
            browser.find(By.id("completed_on-" + box[0])).sendKeys(box[1]);
        }
        browser.click(By.id("save-correction"));
        assertThat(browser.text(By.className("govuk-error-summary"))).as("no reason given").contains("reason");
        assertThat(browser.find(By.id("completed_on-day")).getAttribute("value")).isEqualTo(String.valueOf(right.getDayOfMonth()));
        checkAccessibility();
        browser.find(By.id("reason")).sendKeys("The facilitator's register shows the session a week earlier");
        browser.click(By.id("save-correction"));
        String corrected = "The completion was corrected.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), corrected)).isEqualTo(corrected);
        assertThat(browser.text(By.id("corrections"))).contains(recorded.toString()).contains(right.toString())
                .contains("The facilitator's register shows the session a week earlier").contains("hr-amy");
        assertThat(browser.text(By.id("completions"))).contains(right.toString()).doesNotContain(recorded.toString());
        assertThat(browser.text(By.tagName("main"))).as("renewal moved with it").contains(right.plusMonths(48).toString());
        checkAccessibility();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("document.getElementById('completions').scrollIntoView()");
        browser.screenshot(SCREENSHOTS, "completion-corrected");
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void hrAddsACourseThatRulesCanThenRequire() throws Exception {
        signInAs("Amy Hart");
        browser.click(By.linkText("Training rules"));
        browser.click(By.linkText("Courses"));
        browser.find(By.id("code")).sendKeys("code of conduct");
        browser.find(By.id("title")).sendKeys("The Members' Code of Conduct");
        browser.find(By.id("renewal_months")).sendKeys("two years");
        browser.click(By.id("save-course"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("renewal_months must be a whole number of months");
        browser.find(By.id("renewal_months")).clear();
        browser.find(By.id("renewal_months")).sendKeys("24");
        browser.click(By.id("save-course"));
        assertThat(browser.textOnceContaining(By.className("govuk-error-summary"), "code must be upper-case")).as("the service names the code")
                .contains("code must be upper-case");
        browser.find(By.id("code")).clear();
        browser.find(By.id("code")).sendKeys("CODE_OF_CONDUCT");
        browser.find(By.id("renews_by")).sendKeys("31 May");
        browser.click(By.id("save-course"));
        assertThat(browser.textOnceContaining(By.className("govuk-error-summary"), "renews_by")).as("the cycle's first day, named")
                .contains("renews_by must be a date such as 2027-05-31");
        browser.find(By.id("renews_by")).clear();
        browser.find(By.id("renews_by")).sendKeys("2027-05-31");
        browser.click(By.id("save-course"));
        String saved = "The course CODE_OF_CONDUCT was saved.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), saved)).isEqualTo(saved);
        assertThat(browser.text(By.xpath("//table[@id='courses']//tr[td[1][normalize-space(.)='CODE_OF_CONDUCT']]/td[3]")))
                .isEqualTo("24 months");
        assertThat(browser.text(By.xpath("//table[@id='courses']//tr[td[1][normalize-space(.)='CODE_OF_CONDUCT']]/td[5]")))
                .isEqualTo("Due by 2027-05-31, then every 24 months");
        checkAccessibility();
        browser.click(By.linkText("Training rules"));
        assertThat(new Select(browser.find(By.id("course_code"))).getOptions()).extracting(org.openqa.selenium.WebElement::getText)
                .contains("The Members' Code of Conduct");
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    @Test
    void hrPreviewsARuleForAPoliticalGroupAddsItAndRetiresIt() throws Exception {
        signInAs("Amy Hart");
        browser.click(By.linkText("Training rules"));
        new Select(browser.find(By.id("course_code"))).selectByVisibleText("Safeguarding");
        new Select(browser.find(By.id("person_kind"))).selectByVisibleText("Councillors");
        browser.find(By.id("political_group")).sendKeys("Labour Group");
        browser.find(By.id("due_within_days")).sendKeys("thirty");
        browser.click(By.id("preview-rule"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("due_within_days must be a whole number of days");
        browser.find(By.id("due_within_days")).clear();
        browser.find(By.id("due_within_days")).sendKeys("30");
        browser.click(By.id("preview-rule"));
        assertThat(browser.text(By.id("preview"))).contains("This rule would assign the course 2 times")
                .contains("Cllr James Patel (CLLR-002)").contains("Cllr Nadia Rahman (CLLR-005)")
                .doesNotContain("Margaret Hughes");
        checkAccessibility();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("document.getElementById('rule-form').scrollIntoView()");
        browser.screenshot(SCREENSHOTS, "rule-preview");
        browser.click(By.id("add-rule"));
        String added = "The rule was added: 2 assignments created.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), added)).isEqualTo(added);
        String rule = "a councillor in the Labour Group";
        assertThat(browser.text(By.xpath("//table[@id='rules']//tr[td[normalize-space(.)='" + rule + "']]/td[3]")))
                .isEqualTo("within 30 days of starting");
        // changed: the form holds the rule's terms; the open assignments keep their dates, so none is made
        browser.click(By.xpath("//table[@id='rules']//tr[td[normalize-space(.)='" + rule + "']]//a"));
        assertThat(browser.textOnceEqual(By.xpath("//main//h2[following-sibling::form[@id='rule-form']][1]"), "Change the rule"))
                .isEqualTo("Change the rule");
        assertThat(browser.find(By.id("political_group")).getAttribute("value")).isEqualTo("Labour Group");
        browser.find(By.id("due_within_days")).clear();
        browser.find(By.id("due_within_days")).sendKeys("45");
        browser.click(By.id("preview-rule"));
        assertThat(browser.text(By.id("preview"))).contains("This rule would assign the course 0 times");
        checkAccessibility();
        browser.click(By.id("add-rule"));
        String changed = "The rule was changed: 0 assignments created.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), changed)).isEqualTo(changed);
        assertThat(browser.text(By.xpath("//table[@id='rules']//tr[td[normalize-space(.)='" + rule + "']]/td[3]")))
                .isEqualTo("within 45 days of starting");
        browser.click(By.xpath("//table[@id='rules']//tr[td[normalize-space(.)='" + rule + "']]//button"));
        String retired = "The rule was retired: 2 assignments only it required were cancelled.";
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), retired)).isEqualTo(retired);
        assertThat(browser.text(By.id("rules"))).doesNotContain(rule);

        // by a date each year: first a day February does not have, then 31 March, the next one on the platform's calendar
        new Select(browser.find(By.id("course_code"))).selectByVisibleText("Safeguarding");
        new Select(browser.find(By.id("person_kind"))).selectByVisibleText("Councillors");
        browser.find(By.id("political_group")).sendKeys("Labour Group");
        browser.click(By.id("due_from-fixed-date"));
        browser.find(By.id("due_by")).sendKeys("30");
        browser.find(By.id("due_by_month")).sendKeys("2");
        browser.click(By.id("preview-rule"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("due_by '02-30' is not a day of the year");
        assertThat(browser.find(By.id("due_from-fixed-date")).isSelected()).as("the choice kept").isTrue();
        browser.find(By.id("due_by")).clear();
        browser.find(By.id("due_by")).sendKeys("31");
        browser.find(By.id("due_by_month")).clear();
        browser.find(By.id("due_by_month")).sendKeys("3");
        browser.click(By.id("preview-rule"));
        LocalDate today = LocalDate.now(platform.clock());
        LocalDate thisYears = LocalDate.of(today.getYear(), 3, 31);
        LocalDate due = thisYears.isBefore(today) ? thisYears.plusYears(1) : thisYears;
        assertThat(browser.text(By.id("preview"))).contains("This rule would assign the course 2 times");
        assertThat(browser.text(By.xpath("//div[@id='preview']//tr[td[normalize-space(.)='Cllr James Patel (CLLR-002)']]/td[2]")))
                .isEqualTo(due.toString());
        checkAccessibility();
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Late, so the other journeys see the platform's calendar; it puts the settings back as it found them. */
    @Test
    void anAdminRewordsTheTrainingReminderPreviewsItAndTheNextReminderUsesIt() throws Exception {
        signInAs("Eastmoor administrator");
        browser.click(By.linkText("Council settings"));
        browser.click(By.id("email-templates-link"));
        assertThat(browser.textOnceEqual(By.tagName("h1"), "Email templates")).isEqualTo("Email templates");
        checkAccessibility();
        browser.click(By.xpath("//tr[td[normalize-space(.)='Training reminder, before the due date']]//a"));
        assertThat(browser.find(By.id("subject")).getAttribute("value")).as("the platform's words to start from")
                .isEqualTo("Reminder: ((course)) is due by ((due date))");

        browser.find(By.id("subject")).clear();
        browser.find(By.id("subject")).sendKeys("Eastmoor training: ((course)) by ((due date))");
        browser.find(By.id("body")).clear();
        browser.find(By.id("body")).sendKeys("Hello ((first name)), ((course)) is due ((due in)).\n\nBook it in the Eastmoor Learning Zone.");
        browser.click(By.id("preview-button"));
        assertThat(browser.textOnceContaining(By.className("govuk-error-summary"), "is not a placeholder"))
                .contains("body ((first name)) is not a placeholder of this email");
        assertThat(browser.find(By.id("subject")).getAttribute("value")).as("what was typed is kept")
                .isEqualTo("Eastmoor training: ((course)) by ((due date))");
        checkAccessibility();

        browser.find(By.id("body")).clear();
        browser.find(By.id("body")).sendKeys("Hello ((name)), ((course)) is due ((due in)).\n\nBook it in the Eastmoor Learning Zone.");
        browser.click(By.id("preview-button"));
        assertThat(browser.text(By.id("filled-from"))).as("one of Eastmoor's own assignments").contains("'s ").contains(", due ");
        assertThat(browser.text(By.id("preview-subject"))).startsWith("Eastmoor training: ").doesNotContain("((");
        assertThat(browser.text(By.id("preview-text"))).contains("Book it in the Eastmoor Learning Zone.").doesNotContain("((");
        browser.driver.switchTo().frame(browser.find(By.id("preview-html")));
        assertThat(browser.text(By.tagName("strong"))).as("the HTML part, its first paragraph in bold").contains(" is due in ");
        browser.driver.switchTo().defaultContent();
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "email-template-preview");
        browser.click(By.id("save-button"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"),
                "Version 1 was saved. Emails of this kind use it from now on.")).startsWith("Version 1 was saved");
        assertThat(browser.text(By.id("versions"))).contains("Eastmoor training: ((course)) by ((due date))");
        checkAccessibility();
        browser.open(browser.driver.getCurrentUrl().replaceAll("\\?.*", "") + "?from=platform");
        assertThat(browser.find(By.id("subject")).getAttribute("value")).as("the platform's words to start again from, unsaved")
                .isEqualTo("Reminder: ((course)) is due by ((due date))");

        // a new teacher starts today: safeguarding falls due in five days, so its reminder goes now, in the new words
        LocalDate today = LocalDate.now(platform.clock());
        HttpCalls.Reply imported = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl())
                .as(platform.tokens().token("hr-demo", "hr")).post("/roster/import", "text/csv",
                        "id,full_name,email,kind,roles,department,political_group,job_title,line_manager_id,start_date,active\n"
                                + "EM-0401,Tom Temple,tom.temple@eastmoor.example.gov.uk,officer,,Children and Learning,,Teacher,EM-0102,"
                                + today + ",true\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        MimeMessage reminder = Eventually.get(() -> platform.mail().mailbox("tom.temple@eastmoor.example.gov.uk").stream()
                        .filter(m -> subjectOf(m).startsWith("Eastmoor training: ")).findFirst().orElse(null),
                Duration.ofSeconds(60), () -> "Tom's reminder in the new words");
        assertThat(MailServer.plainText(reminder)).contains("Hello Tom Temple,").contains("is due in 5 days.")
                .contains("Book it in the Eastmoor Learning Zone.").doesNotContain("learning portal");

        // two admins at once: the page's version 1 is no longer the newest when it is saved, so it is refused, words kept
        browser.open(browser.driver.getCurrentUrl().replaceAll("\\?.*", ""));
        HttpCalls.Reply meanwhile = new HttpCalls(platform.service(ServiceSpec.NOTIFICATIONS).httpUrl())
                .as(platform.tokens().token("e2e-deputy-admin", "admin")).put("/email-templates/training-due?basedOnVersion=1",
                        "application/json", HttpCalls.toJson(java.util.Map.of("subject", "Eastmoor training: ((course)) by ((due date))",
                                "body", "Hello ((name)), ((course)) is due ((due in)).\n\nBook it in the Eastmoor Learning Zone, or call HR.")));
        assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(200);
        browser.find(By.id("subject")).clear();
        browser.find(By.id("subject")).sendKeys("Eastmoor: ((course)) is due by ((due date))");
        browser.click(By.id("save-button"));
        assertThat(browser.textOnceContaining(By.className("govuk-error-summary"), "saved these emails' words meanwhile"))
                .contains("version 2 was saved by e2e-deputy-admin");
        assertThat(browser.find(By.id("subject")).getAttribute("value")).isEqualTo("Eastmoor: ((course)) is due by ((due date))");
        assertThat(browser.text(By.id("versions"))).contains("e2e-deputy-admin");
        checkAccessibility();
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    /** A council's logo as a designer might send it: the name on the council's green. */
    static java.awt.image.BufferedImage logo(String name) {
        var image = new java.awt.image.BufferedImage(160, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0x00, 0x70, 0x3c));
        g.fillRect(0, 0, 160, 40);
        g.setColor(java.awt.Color.WHITE);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 22));
        g.drawString(name, 12, 28);
        g.dispose();
        return image;
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void anAdminSetsTheCouncilsOwnCalendarAndEmails() throws Exception {
        signInAs("Eastmoor administrator");
        browser.click(By.linkText("Council settings"));
        assertThat(browser.text(By.id("closesAt-hint"))).contains("In effect: 17:00");
        assertThat(browser.text(By.id("mail-channel"))).as("the local platform's relay").isEqualTo("the platform's mail server (SMTP)");
        browser.find(By.id("closesAt")).sendKeys("5pm");
        browser.click(By.id("save-calendar"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("closesAt").contains("is not a time such as 17:00");
        checkAccessibility();
        browser.find(By.id("closesAt")).clear();
        browser.find(By.id("closesAt")).sendKeys("16:30");
        browser.find(By.id("responseWorkingDays")).sendKeys("15");
        browser.click(By.id("save-calendar"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"),
                "The working calendar was saved. Enquiries logged from now on are counted by it."))
                .startsWith("The working calendar was saved");
        assertThat(browser.text(By.id("closesAt-hint"))).contains("In effect: 16:30");
        assertThat(browser.text(By.id("responseWorkingDays-hint"))).contains("In effect: 15");

        browser.find(By.id("councilName")).sendKeys("Eastmoor Borough Council");
        browser.find(By.id("senderName")).sendKeys("Eastmoor Members Support");
        browser.find(By.id("replyTo")).sendKeys("not an address");
        browser.find(By.id("trainingDaysBefore")).sendKeys("14, 2");
        browser.find(By.id("sendOpens")).sendKeys("09:30");
        browser.find(By.id("sendCloses")).sendKeys("16:00");
        browser.click(By.id("save-mail"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("replyTo");
        assertThat(browser.find(By.id("senderName")).getAttribute("value")).as("what was typed is kept").isEqualTo("Eastmoor Members Support");
        browser.find(By.id("replyTo")).clear();
        browser.find(By.id("replyTo")).sendKeys("members.support@eastmoor.example.gov.uk");
        browser.click(By.id("save-mail"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"),
                "The email settings were saved. Emails sent from now on use them.")).startsWith("The email settings were saved");
        assertThat(browser.text(By.id("trainingDaysBefore-hint"))).contains("In effect: 14, 2");
        assertThat(browser.text(By.id("sending-hours-in-effect"))).isEqualTo("09:30 to 16:00");
        // the console's logo: a file that is no image is named, a PNG shows in every page's header
        java.nio.file.Path notAnImage = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("logo", ".png"), "<svg/>");
        browser.find(By.id("logo")).sendKeys(notAnImage.toString());
        browser.click(By.id("upload-logo"));
        assertThat(browser.textOnceContaining(By.className("govuk-error-summary"), "logo")).contains("logo is not a PNG or JPEG image");
        java.nio.file.Path png = java.nio.file.Files.createTempFile("logo", ".png");
        javax.imageio.ImageIO.write(logo("Eastmoor"), "png", png.toFile());
        browser.find(By.id("logo")).sendKeys(png.toString());
        browser.click(By.id("upload-logo"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"),
                "The logo was saved. Pages show it within a minute.")).startsWith("The logo was saved");
        assertThat(browser.driver.findElements(By.id("council-logo"))).hasSize(1);
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "council-settings");

        signInAs("Aisha Begum");
        assertThat(browser.text(By.id("signed-in-as"))).as("the name the admin gave the council").endsWith(", Eastmoor Borough Council");
        assertThat(browser.driver.findElements(By.id("council-logo"))).as("the council's logo for its people too").hasSize(1);
        signInAs("Eastmoor administrator");
        browser.click(By.linkText("Council settings"));
        browser.click(By.id("remove-logo"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "The logo was removed."))
                .isEqualTo("The logo was removed.");
        assertThat(browser.driver.findElements(By.id("council-logo"))).isEmpty();
        for (String field : List.of("closesAt", "responseWorkingDays")) {
            browser.find(By.id(field)).clear();
        }
        browser.click(By.id("save-calendar"));
        browser.awaitUrlEnding("?saved=calendar");
        assertThat(browser.text(By.id("closesAt-hint"))).as("back to the platform's").contains("In effect: 17:00");
        for (String field : List.of("councilName", "senderName", "replyTo", "trainingDaysBefore", "sendOpens", "sendCloses")) {
            browser.find(By.id(field)).clear();
        }
        browser.click(By.id("save-mail"));
        browser.awaitUrlEnding("?saved=mail");
        assertThat(browser.text(By.id("trainingDaysBefore-hint"))).contains("In effect: 30, 7, 1");
        assertThat(browser.text(By.id("sending-hours-in-effect"))).as("the platform's").isEqualTo("08:00 to 18:00");

        signInAs("Aisha Begum");
        assertThat(browser.text(By.id("signed-in-as"))).as("the configured name again").endsWith(", Borough of Eastmoor");
        assertThat(browser.driver.findElements(By.linkText("Council settings"))).as("only for the admin").isEmpty();
        browser.open(console + "/council-settings");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("You do not have access to this page");
        checkAccessibility();
        signedOut();
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }

    /** Last, since Glenmoor is gone afterwards. */
    @Test
    @Order(Integer.MAX_VALUE)
    void anAdminTakesTheCouncilsDataAndTheOperatorErasesACouncilThatLeaves() throws Exception {
        signInAs("Eastmoor administrator");
        browser.click(By.linkText("Your council's data"));
        assertThat(browser.text(By.tagName("main"))).contains("Borough of Eastmoor");
        checkAccessibility();
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(console + "/council-data/download"))
                .header("Cookie", "console_session=" + browser.cookie("console_session")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Disposition").orElse("")).contains("borough-of-eastmoor-data-");
        Map<String, String> files = uk.councilprotocol.testkit.HttpCalls.unzip(zip.body());
        assertThat(files).containsKeys("training/person.csv", "training/audit_log.csv", "enquiries/enquiry.csv",
                "plans/action.csv", "notifications/contact.csv");
        assertThat(files.get("training/person.csv")).contains("Ollie Carter");
        assertThat(files.get("enquiries/enquiry.csv")).contains("Missed bin collections on Orchard Road");
        assertThat(String.join("", files.values())).as("nothing of Glenmoor's").doesNotContain("Loch Road").doesNotContain("Morag Campbell").doesNotContain("glenmoor.example");

        signInAs("Platform operator");
        browser.click(By.linkText("Councils"));
        var glenmoor = browser.find(By.xpath("//table[@id='councils']//tr[td[1][normalize-space(.)='glenmoor']]"));
        assertThat(glenmoor.getText()).contains("Served");
        assertThat(browser.text(By.id("councils"))).contains("eastmoor").doesNotContain("Loch Road");
        checkAccessibility();
        browser.screenshot(SCREENSHOTS, "councils");
        browser.find(By.id("new_council")).sendKeys("North Moor");
        browser.click(By.id("add"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("Enter the council's id");
        browser.find(By.id("new_council")).clear();
        browser.find(By.id("new_council")).sendKeys("northmoor");
        browser.click(By.id("add"));
        assertThat(browser.textOnceEqual(By.className("govuk-notification-banner__heading"), "northmoor is served from now on"))
                .isEqualTo("northmoor is served from now on");
        assertThat(browser.find(By.xpath("//table[@id='councils']//tr[td[1][normalize-space(.)='northmoor']]")).getText())
                .as("served, with the default council's courses and rules in training").contains("Served");
        checkAccessibility();
        new Select(browser.find(By.id("council"))).selectByValue("glenmoor");
        browser.find(By.id("confirm")).sendKeys("glenmore");
        browser.click(By.id("erase"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("Type the council's id exactly");
        checkAccessibility();
        new Select(browser.find(By.id("council"))).selectByValue("glenmoor");
        browser.find(By.id("confirm")).sendKeys("glenmoor");
        browser.click(By.id("erase"));
        assertThat(browser.textOnceEqual(By.className("govuk-panel__title"), "glenmoor has been erased")).isEqualTo("glenmoor has been erased");
        assertThat(browser.find(By.xpath("//table[@id='councils']//tr[td[1][normalize-space(.)='glenmoor']]")).getText())
                .contains("Closed");
        checkAccessibility();

        signInAs("Glenmoor: Eilidh MacLeod");
        assertThat(browser.text(By.tagName("main"))).contains("has closed");
        signInAs("Aisha Begum");
        browser.click(By.linkText("Councillor enquiries"));
        assertThat(browser.text(By.tagName("main"))).as("Eastmoor carries on").contains("Missed bin collections on Orchard Road");
        signOut();
        assertThat(accessibility).as("axe-core: serious or critical problems").isEmpty();
    }
}
