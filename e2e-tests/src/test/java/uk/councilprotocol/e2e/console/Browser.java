package uk.councilprotocol.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.nio.file.StandardCopyOption;

/**
 * Headless Chromium (Debian's chromium and chromedriver) for the console's browser tests, with an axe-core
 * accessibility check and screenshots. {@link #available()} says whether this machine has a browser.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    final WebDriver driver;
    private final String axeScript;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser() throws Exception {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // No network beyond localhost here: Chromium's own background traffic is turned off.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1100", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        try (var in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axeScript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    void open(String url) {
        driver.get(url);
    }

    /** A wait that looks every 50 ms (Selenium's default is every half second), so a step waits no longer than its page. */
    WebDriverWait upTo(Duration timeout) {
        return (WebDriverWait) new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(50));
    }

    /** Reloads the page every quarter second (each reload asks the services again) until it shows what {@code shows} looks for. */
    void reloadUntil(Duration timeout, Function<WebDriver, Boolean> shows) {
        new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(250)).until(d -> {
            d.navigate().refresh();
            return shows.apply(d);
        });
    }

    /** Waits (up to 20 s) for the element: after a click the next page may still be on its way. */
    org.openqa.selenium.WebElement find(By by) {
        return upTo(Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(by));
    }

    void click(By by) {
        find(by).click();
    }

    /**
     * The element's text, read again if the page changed under it (a click's navigation still landing: the element gone
     * stale, or Chromium's "node does not belong to the document").
     */
    String text(By by) {
        return upTo(Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(by).getText());
    }

    /** The element's text once it contains {@code expected} (up to 20 s), else as it last read: a page that replaced one like it. */
    String textOnceContaining(By by, String expected) {
        try {
            return upTo(Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> {
                        String text = d.findElement(by).getText();
                        return text.contains(expected) ? text : null;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            return text(by);
        }
    }

    /** The element's text once it reads {@code expected} (up to 20 s), else as it last read: for asserting what a click led to. */
    String textOnceEqual(By by, String expected) {
        try {
            return upTo(Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> expected.equals(d.findElement(by).getText()) ? expected : null);
        } catch (org.openqa.selenium.TimeoutException e) {
            return text(by);
        }
    }

    void awaitUrlEnding(String suffix) {
        upTo(Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith(suffix));
    }

    /** axe-core's serious and critical violations of the page as it stands, described for a failure message. */
    List<String> seriousAccessibilityProblems() throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeScript);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('error: ' + e); });");
        String json = String.valueOf(result);
        if (json.startsWith("error")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(json)) {
            String impact = violation.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> where = new ArrayList<>();
                violation.path("nodes").forEach(n -> where.add(n.path("html").asText()));
                problems.add(driver.getCurrentUrl() + ": " + violation.path("id").asText() + " (" + impact + ") "
                        + violation.path("help").asText() + " at " + where);
            }
        }
        return problems;
    }

    void screenshot(Path directory, String name) throws Exception {
        Files.createDirectories(directory);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
