package uk.councilprotocol.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.grpc.ManagedChannel;
import org.HdrHistogram.Histogram;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.contracts.training.v1.RecordCompletionsReport;
import uk.councilprotocol.deploy.DemoData;
import uk.councilprotocol.deploy.Layout;
import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.Ports;
import uk.councilprotocol.deploy.ServiceProcess;
import uk.councilprotocol.deploy.ServiceSpec;
import uk.councilprotocol.testkit.DevTokenIssuer;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./bench/console.sh [--quick]}: the web console at a large council's size (issue 18). On the demo it loads a
 * roster of 5,000 people (and the assignments the rules give them), a department's sync of their completions and
 * 20,000 open enquiries; then signs in as HR, the Hub, a department officer and the Monitoring Officer as a person
 * does (the sign-in page of the dev identity provider, the console's session cookie) and fetches each page in turn:
 * its p95 time (HdrHistogram) and its size, against the budget of p95 under 300 ms and under 200 KiB.
 */
public final class ConsolePages {
    static final long BUDGET_MILLIS = 300;
    static final long BUDGET_BYTES = 200 * 1024;
    /** Each page is fetched its number of times, or for this long (five times at least), whichever is first. */
    static final Duration PER_PAGE = Duration.ofSeconds(30);

    record Page(String who, String path) {
    }

    record Measured(String who, String path, int status, long bytes, double p50Millis, double p95Millis, boolean met) {
    }

    private final Platform platform;
    private final boolean quick;
    private final String console;

    private ConsolePages(Platform platform, boolean quick) {
        this.platform = platform;
        this.quick = quick;
        this.console = platform.service(ServiceSpec.CONSOLE).httpUrl();
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Layout layout = Layout.find(Path.of("deploy/.run-console").toAbsolutePath());
        Map<String, String> environment = Map.of("RATE_LIMIT_PER_SECOND", "1000000",
                ServiceProcess.JVM_OPTIONS, Bench.PRODUCTION_JIT);
        try (Platform platform = Platform.start(layout, Ports.free(), environment)) {
            DemoData.load(platform);
            ConsolePages bench = new ConsolePages(platform, quick);
            String loaded = bench.load(quick ? 500 : 5_000, quick ? 1_000 : 20_000);
            bench.settle();
            List<Measured> measured = bench.measure(quick ? 10 : 30, quick ? 432 : 4321);
            report(loaded, measured, quick, Path.of("bench/target/console-pages.json"));
        }
        System.exit(0);
    }

    /**
     * Waits until the platform has finished what the load set going — every event relayed and consumed, every notice
     * due sent — so the pages are measured on a council at rest, not beside the load's tail (the first pages measured
     * otherwise shared the two cores with 20,000 acknowledgements being written).
     */
    private void settle() throws InterruptedException {
        long begun = System.nanoTime();
        long deadline = begun + Duration.ofMinutes(5).toNanos();
        long consumedBefore = -1;
        while (System.nanoTime() < deadline) {
            long unpublished = ServiceSpec.ALL.stream().filter(ServiceSpec::ownsSchema).mapToLong(spec -> Checks.count(platform,
                    "SELECT count(*) FROM " + spec.name() + ".outbox_event WHERE published_at IS NULL")).sum();
            long due = Checks.count(platform, "SELECT count(*) FROM notifications.reminder WHERE status = 'PENDING' AND next_attempt_at <= now()");
            long consumed = Checks.count(platform, "SELECT count(*) FROM notifications.processed_event");
            if (unpublished == 0 && due == 0 && consumed == consumedBefore) {
                System.out.printf("The platform at rest after %d s; measuring%n", Duration.ofNanos(System.nanoTime() - begun).toSeconds());
                return;
            }
            consumedBefore = consumed;
            Thread.sleep(5_000);
        }
        System.out.println("The platform was still busy after 5 minutes; measuring anyway");
    }

    /** The council's size: its roster, each person's completions, and open enquiries from its councillors. */
    private String load(int people, int enquiries) throws Exception {
        HttpCalls hr = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl()).as(platform.tokens().token("bench-hr", "hr"));
        Checks.expect(hr.post("/roster/import", "text/csv", RosterFile.of(people)), 200, "roster import");
        int completions = completions(people);
        Checks.awaitAtLeast(EnquiryStream.COUNCILLORS,
                () -> Checks.count(platform, "SELECT count(*) FROM enquiries.councillor WHERE person_id LIKE 'B%'"), Duration.ofMinutes(2));
        HttpCalls hub = new HttpCalls(platform.service(ServiceSpec.ENQUIRIES).httpUrl()).as(platform.tokens().token("bench-hub", "hub"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> logged = new ArrayList<>();
        for (int n = 0; n < enquiries; n++) {
            int number = n;
            logged.add(pool.submit(() -> hub.postJson("/enquiries", Map.of("councillorId", RosterFile.id(number % EnquiryStream.COUNCILLORS),
                    "channel", "email", "subject", "Bench enquiry " + number, "description", "A resident's question, number " + number,
                    "category", "Highways")).status()));
        }
        int accepted = 0;
        for (Future<Integer> status : logged) {
            accepted += status.get() == 201 ? 1 : 0;
        }
        pool.shutdown();
        long assignments = Checks.count(platform, "SELECT count(*) FROM training.assignment");
        return String.format("the demo and %,d people (%,d assignments), %,d completions, %,d open enquiries", people,
                assignments, completions, accepted);
    }

    /** A department's sync: each person's six courses, done a year and a half ago and again last month. */
    private int completions(int people) throws Exception {
        ManagedChannel channel = GrpcCalls.channel(platform.service(ServiceSpec.TRAINING).grpcPort());
        try {
            CompletionsGrpc.CompletionsStub stub = GrpcCalls.withToken(CompletionsGrpc.newStub(channel),
                    platform.tokens().token("bench-lms", "hr"));
            LocalDate today = LocalDate.now(platform.clock());
            List<RecordCompletionRequest> rows = new ArrayList<>();
            for (LocalDate day : List.of(today.minusDays(550), today.minusDays(30))) {
                for (int person = 0; person < people; person++) {
                    for (String course : RosterFile.COURSES) {
                        rows.add(RecordCompletionRequest.newBuilder().setPersonId(RosterFile.id(person)).setCourseCode(course)
                                .setCompletedOn(day.toString()).setProvider("bench sync").build());
                    }
                }
            }
            int recorded = 0;
            for (int from = 0; from < rows.size(); from += 1_000) {
                RecordCompletionsReport report = GrpcCalls.clientStream(stub.withDeadlineAfter(5, TimeUnit.MINUTES)::recordCompletions,
                        rows.subList(from, Math.min(rows.size(), from + 1_000)), Duration.ofMinutes(5));
                recorded += report.getRecorded();
            }
            return recorded;
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Every page a person of each kind opens, each fetched {@code times} times after one warm-up. */
    private List<Measured> measure(int times, int person) throws Exception {
        String reference = aBenchEnquiry();
        List<Page> pages = List.of(
                new Page("hr-amy", "/"),
                new Page("hr-amy", "/compliance"),
                new Page("hr-amy", "/compliance/overdue"),
                new Page("hr-amy", "/compliance/people"),
                new Page("hr-amy", "/compliance/people?page=40"),
                new Page("hr-amy", "/compliance/people?q=Officer+" + person),
                new Page("hr-amy", "/compliance/people/" + RosterFile.id(person)),
                new Page("hr-amy", "/training/rules"),
                new Page("hr-amy", "/sent-mail"),
                new Page("admin", "/audit"),
                new Page("EM-0202", "/enquiries"),
                new Page("EM-0202", "/enquiries?q=Bench+enquiry+777"),
                new Page("EM-0202", "/enquiries/analytics"),
                new Page("EM-0202", "/enquiries/" + reference),
                new Page("EM-0206", "/"),
                new Page("EM-0103", "/plans"));
        Map<String, HttpClient> signedIn = new HashMap<>();
        List<Measured> measured = new ArrayList<>();
        for (Page page : pages) {
            HttpClient client = signedIn.computeIfAbsent(page.who(), this::signIn);
            HttpRequest request = HttpRequest.newBuilder(URI.create(console + page.path())).timeout(Duration.ofSeconds(60)).build();
            HttpResponse<byte[]> last = client.send(request, HttpResponse.BodyHandlers.ofByteArray());   // warm-up
            Histogram millis = new Histogram(600_000, 3);
            long stopAt = System.nanoTime() + PER_PAGE.toNanos();   // a page far over budget is not fetched all day
            for (int i = 0; i < times && (i < 5 || System.nanoTime() < stopAt); i++) {
                long begun = System.nanoTime();
                last = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                millis.recordValue(Math.max(1, (System.nanoTime() - begun) / 1_000_000));
            }
            double p95 = millis.getValueAtPercentile(95);
            long bytes = last.body().length;
            measured.add(new Measured(page.who(), page.path(), last.statusCode(), bytes, millis.getValueAtPercentile(50), p95,
                    last.statusCode() == 200 && p95 < BUDGET_MILLIS && bytes < BUDGET_BYTES));
        }
        return measured;
    }

    private String aBenchEnquiry() throws Exception {
        try (var sql = java.sql.DriverManager.getConnection(platform.postgres().jdbcUrl(Platform.DATABASE),
                platform.postgres().user(), platform.postgres().password());
             var rs = sql.createStatement().executeQuery("SELECT reference FROM enquiries.enquiry WHERE subject LIKE 'Bench%' LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "MEM-00-0000";
        }
    }

    /**
     * Signs in as a person does: the console sends the browser to the identity provider, whose page posts the chosen
     * user back, and the console's callback sets its session cookie.
     */
    private HttpClient signIn(String subject) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            String authorize = client.send(HttpRequest.newBuilder(URI.create(console + "/sign-in")).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElseThrow();
            String form = DevTokenIssuer.signInForm(URI.create(authorize), subject);
            String callback = client.send(HttpRequest.newBuilder(URI.create(platform.tokens().url() + "/authorize"))
                            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElseThrow();
            int status = client.send(HttpRequest.newBuilder(URI.create(callback)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 303) {
                throw new IllegalStateException("sign-in as " + subject + " answered " + status);
            }
            return client;
        } catch (Exception e) {
            throw new IllegalStateException("could not sign in as " + subject, e);
        }
    }



    private static void report(String loaded, List<Measured> measured, boolean quick, Path json) throws Exception {
        StringBuilder table = new StringBuilder(String.format("%nConsole pages with %s%s%n%n| who | page | status | size | p50 | p95 | within budget |%n"
                + "|---|---|---|---|---|---|---|%n", loaded, quick ? " (--quick: a small council, indicative only)" : ""));
        for (Measured m : measured) {
            table.append(String.format("| %s | `%s` | %d | %.1f KiB | %.0f ms | %.0f ms | %s |%n", m.who(), m.path(), m.status(),
                    m.bytes() / 1024.0, m.p50Millis(), m.p95Millis(), m.met() ? "yes" : "**no**"));
        }
        System.out.println(table);
        Files.createDirectories(json.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(),
                Map.of("quick", quick, "loaded", loaded, "pages", measured));
        System.out.println("Written to " + json);
    }
}
