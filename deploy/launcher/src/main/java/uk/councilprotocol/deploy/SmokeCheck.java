package uk.councilprotocol.deploy;

import uk.councilprotocol.testkit.DevTokenIssuer;
import uk.councilprotocol.testkit.HttpCalls;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code run-local.sh --smoke}: after the start (every service already answered its readiness check), one real
 * call to each service with a demo user's token, and a real sign-in to the web console through the dev issuer.
 * CI runs it, so a broken first command cannot land.
 */
public final class SmokeCheck {
    private SmokeCheck() {
    }

    /** The lines to print, one per check; throws {@link LaunchFailure} naming the first check that failed. */
    public static List<String> run(Platform platform) throws InterruptedException {
        List<String> passed = new ArrayList<>();
        passed.add(call(platform, ServiceSpec.TRAINING, "/compliance/summary?by=department", "hr-demo", "hr"));
        passed.add(call(platform, ServiceSpec.NOTIFICATIONS, "/reminders?personId=EM-0001", "hr-demo", "hr"));
        passed.add(call(platform, ServiceSpec.ENQUIRIES, "/enquiries", "EM-0202", "hub", "officer"));
        passed.add(call(platform, ServiceSpec.PLANS, "/plans", "EM-0103", "standards", "officer"));
        passed.add(signInToConsole(platform, "hr-amy", "/compliance"));
        passed.add(glenmoorSeesOnlyItsOwn(platform));
        return passed;
    }

    /** The second demo council's Hub sees its own enquiry and none of Eastmoor's. */
    private static String glenmoorSeesOnlyItsOwn(Platform platform) {
        long begun = System.nanoTime();
        HttpCalls.Reply board = new HttpCalls(platform.service(ServiceSpec.ENQUIRIES).httpUrl())
                .as(platform.tokens().token("GM-0201", List.of("hub", "officer"), Map.of("council", DemoData.GLENMOOR),
                        Duration.ofMinutes(5))).get("/enquiries");
        if (board.status() != 200 || !board.body().contains("Loch Road") || board.body().contains("Mill Lane")) {
            throw new LaunchFailure("Smoke check: Glenmoor's Hub should see its own enquiry and none of Eastmoor's; GET /enquiries "
                    + "answered " + board.status() + "; see " + platform.service(ServiceSpec.ENQUIRIES).log());
        }
        return String.format("%-22s GET /enquiries as Glenmoor's Hub: its own enquiry only, in %d ms", ServiceSpec.ENQUIRIES.module(),
                (System.nanoTime() - begun) / 1_000_000);
    }

    private static String call(Platform platform, ServiceSpec spec, String path, String subject, String... roles) {
        long begun = System.nanoTime();
        HttpCalls.Reply reply = new HttpCalls(platform.service(spec).httpUrl()).as(platform.tokens().token(subject, roles)).get(path);
        if (reply.status() != 200) {
            throw new LaunchFailure("Smoke check: " + spec.module() + " GET " + path + " answered " + reply.status()
                    + "; see " + platform.service(spec).log());
        }
        return String.format("%-22s GET %s as %s: 200 in %d ms", spec.module(), path, subject, (System.nanoTime() - begun) / 1_000_000);
    }

    /** Signs in as a demo user the way a browser does (console → issuer → callback), then opens a page. */
    private static String signInToConsole(Platform platform, String user, String page) throws InterruptedException {
        long begun = System.nanoTime();
        ServiceProcess console = platform.service(ServiceSpec.CONSOLE);
        CookieManager cookies = new CookieManager();
        HttpClient manual = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> signIn = manual.send(HttpRequest.newBuilder(URI.create(console.httpUrl() + "/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString());
            URI authorize = URI.create(signIn.headers().firstValue("Location")
                    .orElseThrow(() -> new LaunchFailure("Smoke check: the console's /sign-in did not redirect to the issuer; see " + console.log())));
            String form = DevTokenIssuer.signInForm(authorize, user);
            HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(authorize.resolve("/authorize"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> opened = browser.send(HttpRequest.newBuilder(URI.create(console.httpUrl() + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (landed.statusCode() != 200 || opened.statusCode() != 200 || opened.uri().getPath().startsWith("/sign-in")) {
                throw new LaunchFailure("Smoke check: signing in to the web console as " + user + " and opening " + page
                        + " answered " + landed.statusCode() + " then " + opened.statusCode() + "; see " + console.log());
            }
        } catch (IOException e) {
            throw new LaunchFailure("Smoke check: the web console did not answer (" + e.getMessage() + "); see " + console.log(), e);
        }
        return String.format("%-22s signed in as %s, GET %s: 200 in %d ms", ServiceSpec.CONSOLE.module(), user, page,
                (System.nanoTime() - begun) / 1_000_000);
    }


}
