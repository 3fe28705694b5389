package uk.councilprotocol.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.util.concurrent.ListenableFuture;
import io.grpc.ManagedChannel;
import org.HdrHistogram.Histogram;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.contracts.training.v1.RecordCompletionsReport;
import uk.councilprotocol.deploy.Layout;
import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.Ports;
import uk.councilprotocol.deploy.ServiceProcess;
import uk.councilprotocol.deploy.ServiceSpec;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * {@code ./bench/run.sh [--quick]}: starts the platform as the local run does (no demo data), measures PostgreSQL's
 * own commit rate on it (the anchor), then the platform's hot paths from outside — a roster import, the reminders
 * notifications-service plans from it, departments recording completions over gRPC, and an enquiry's
 * acknowledgement from the Hub's call to the SMTP server, then each service's memory and its start on its own — and
 * prints one table (figure, ratio to the anchor, target, met) and writes it as JSON. {@code --quick} is small and
 * short, to check the suite works; {@code --statements} also prints the SQL behind the warm completions and the large
 * roster, per unit of work.
 */
public final class Bench {
    private static final String[] COURSES = RosterFile.COURSES;
    /** The one council's runs of completions, each dated on days of its own: two kept 32 in flight, one paced. */
    private static final int RUNS = 3;
    /** Full tiered compilation (C1 then C2), the JVM's default and the container image's. */
    static final String PRODUCTION_JIT = "-XX:TieredStopAtLevel=4";

    /** The councils of the tenancy scenario: one deployment, fifty councils, the same load spread over them. */
    private static final List<String> COUNCILS = java.util.stream.IntStream.rangeClosed(1, 50)
            .mapToObj(n -> String.format("bench-%02d", n)).toList();

    /** What {@code --only} may name; the anchor and the roster imports always run (the others need their people). */
    private static final List<String> SCENARIOS = List.of("completions", "acknowledgements", "sweep", "startup", "none");

    /** The large roster's council, apart from the others so that its people are not theirs. */
    private static final String LARGE_COUNCIL = "bench-large";
    /**
     * How many assignments notifications-service has planned reminders for (every council's): its copy of each is written
     * in the transaction that plans them. Counting its inbox's records of them instead read every event it had taken,
     * a fifth of a core while the bench waited for the large roster's planning.
     */
    private static final String PLANNED_ASSIGNMENTS = "SELECT count(*) FROM notifications.training_assignment";
    /** How long the platform is left alone before each service's memory is read: two of the JVM's 5 s native trims. */
    private static final Duration AT_REST = Duration.ofSeconds(10);

    private final boolean quick;
    private final List<String> only;
    private final Platform platform;
    private final MailSink mail;
    private final MemoryPeaks peaks;
    /** {@code --statements}: each measured scenario's SQL, per unit of work; null when not asked for. */
    private final Statements statements;
    private final List<Figure> figures = new ArrayList<>();

    private Bench(boolean quick, List<String> only, Platform platform, MailSink mail, MemoryPeaks peaks, Statements statements) {
        this.quick = quick;
        this.only = only;
        this.platform = platform;
        this.mail = mail;
        this.peaks = peaks;
        this.statements = statements;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        String named = option(args, "--only", "");
        List<String> only = named.isBlank() ? List.of() : List.of(named.split(","));
        List<String> unknown = only.stream().filter(name -> !SCENARIOS.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--only: " + unknown + " not among " + SCENARIOS);
        }
        Path json = Path.of(option(args, "--json", "bench/target/bench.json"));
        boolean statements = List.of(args).contains("--statements");
        System.setProperty(PostgresServer.STATEMENTS, String.valueOf(statements));
        Layout layout = Layout.find(Path.of("deploy/.run-bench").toAbsolutePath());
        // the bench is one client sending as fast as the platform answers: lift the per-client limit for it
        // and serve the fifty councils of the tenancy scenario beside the local run's two
        // and compile as a deployed service does: the launcher's C1-only JIT starts sooner on a laptop but runs the
        // hot paths slower once warm (the container image runs the JVM's default, full tiered compilation)
        // and send the platform's mail to a server that accepts it side by side, as a deployment's relay does
        try (MailSink mail = MailSink.start()) {
            Map<String, String> environment = Map.of("RATE_LIMIT_PER_SECOND", "1000000",
                    "PLATFORM_TENANCY_COUNCILS", "eastmoor,glenmoor," + LARGE_COUNCIL + "," + String.join(",", COUNCILS),
                    ServiceProcess.JVM_OPTIONS, (PRODUCTION_JIT + " " + System.getenv().getOrDefault(ServiceProcess.JVM_OPTIONS, "")).strip(),
                    "SMTP_PORT", String.valueOf(mail.port()));
            run(quick, only, statements, layout, environment, mail, json);
        }
        System.exit(0);
    }

    private static void run(boolean quick, List<String> only, boolean statements, Layout layout, Map<String, String> environment,
                            MailSink mail, Path json) throws Exception {
        try (Platform platform = Platform.start(layout, Ports.free(), environment)) {
            try (MemoryPeaks peaks = MemoryPeaks.watch(platform)) {
                Bench bench = new Bench(quick, only, platform, mail, peaks,
                        statements ? new Statements(platform, json.toAbsolutePath().getParent()) : null);
                bench.run();
                bench.report(json);
            }
        }
    }

    private void run() throws Exception {
        String url = platform.postgres().jdbcUrl(Platform.DATABASE);
        Anchor anchor = new Anchor(url, platform.postgres().user(), platform.postgres().password());
        Duration anchorFor = quick ? Duration.ofSeconds(2) : Duration.ofSeconds(10);
        double one = anchor.commitsPerSecond(1, anchorFor);
        double eight = anchor.commitsPerSecond(8, anchorFor);
        figures.add(Figure.of("anchor: single-row INSERT commits, 1 client", one, "/s"));
        figures.add(Figure.of("anchor: single-row INSERT commits, 8 clients", eight, "/s").against(eight));

        int people = quick ? 500 : 5_000;
        rosterImport(people, eight);
        if (runs("completions")) {
            recordCompletions(people, eight, 0, 0, "");
            // the same calls again for the other half of the roster (each a first completion of an open assignment, as
            // before), on a warm platform, so the fifty councils' run is compared like with like
            double oneCouncil = recordCompletions(people, eight, people / 2, 1, ", again (warm)");
            completionsAtHalfRate(people, oneCouncil);
            bulkCompletions(people, eight);
            acrossFiftyCouncils(people, eight, oneCouncil);
        }
        if (runs("acknowledgements")) {
            acknowledgements(quick ? 20 : 200);
        }
        if (runs("sweep")) {
            reminderSweep(quick ? 100_000 : 1_000_000, quick ? 500 : 5_000);
        }
        largeRoster(quick ? 2_000 : 20_000, eight);
        startupAndMemory();
    }

    /**
     * The start-up and memory targets: the platform's start (a clean run folder: PostgreSQL, Kafka, the mail server,
     * then the five services side by side); each service's resident memory once the load has run; then each stopped
     * cleanly and started again on its own with the rest of the platform up, as a rolling deploy restarts one, timed
     * from starting its JVM until /health/readiness answers 200 (database migrated, servers listening).
     */
    private void startupAndMemory() throws Exception {
        long archived = ServiceSpec.ALL.stream().filter(spec -> platform.service(spec).startedFromClassArchive()).count();
        figures.add(Figure.of(String.format("whole platform ready from a clean run folder (%d of %d services on class archives)",
                archived, ServiceSpec.ALL.size()), platform.readyAfter().toMillis() / 1e3, "s").atMost(60, "< 60 s"));
        // what a service keeps once the load is over, not what it holds at the instant the last call returns: the JIT
        // may still be compiling that load's methods (its arenas took 23-31 MB in training as the large roster ended)
        // and the JVM hands freed native memory back every 5 s (the launcher's TrimNativeHeapInterval)
        Thread.sleep(AT_REST.toMillis());
        peaks.close();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Memory memory = Memory.of(platform, spec);
            if (memory.megabytes() >= 0) {
                figures.add(Figure.of(String.format("  %s: resident memory at rest after the run (anonymous %.0f, files %.0f; %d threads)",
                                spec.module(), Memory.megabytes(memory.anonymousKiB()), Memory.megabytes(memory.filesKiB()), memory.threads()),
                        memory.megabytes(), "MB").atMost(300, "< 300 MB RSS each"));
                figures.add(Figure.of("    the highest during the run, read twice a second", peaks.highestMegabytes(spec), "MB"));
            }
        }
        if (!runs("startup")) {
            return;
        }
        for (ServiceSpec spec : ServiceSpec.ALL) {
            platform.restartCleanly(spec);
            ServiceProcess again = platform.service(spec);
            figures.add(Figure.of(spec.module() + " ready, restarted on its own" + (again.startedFromClassArchive() ? "" : " (no class archive)"),
                    again.readyAfter().orElseThrow().toMillis() / 1e3, "s").atMost(3, "one service < 3 s"));
        }
    }

    /** {@code --only completions,sweep}: the anchor, the roster imports (the others' people) and these. */
    private boolean runs(String scenario) {
        return only.isEmpty() || only.contains(scenario);
    }

    /** A million open deadlines, a few thousand of them due at once: how long until they are all sent, and how fast. */
    private void reminderSweep(long open, int due) throws Exception {
        ReminderSweep.Result result = new ReminderSweep(platform, mail).run(open, due);
        figures.add(Figure.of(String.format("reminder sweep: %,d due among %,d open, until none pending", result.due(), result.open()),
                result.sweepSeconds(), "s").atMost(20, "< 20 s"));
        figures.add(Figure.of(String.format("  emails accepted by SMTP (%,d sent), first to last", result.sent()),
                result.emailsPerSecond(), "/s").atLeast(500, ">= 500/s"));
    }

    /**
     * The Hub logs enquiries one after another over HTTP; each is timed from the call until its acknowledgement is in
     * the councillor's mailbox at the SMTP server (the path: enquiries' outbox, Kafka, notifications' consumer, the
     * reminder planned, the dispatcher, SMTP).
     */
    private void acknowledgements(int enquiries) throws Exception {
        Checks.awaitAtLeast(60, () -> count("SELECT count(*) FROM enquiries.councillor"), Duration.ofMinutes(2));
        HttpCalls hub = new HttpCalls(platform.service(ServiceSpec.ENQUIRIES).httpUrl()).as(platform.tokens().token("bench-hub", "hub"));
        hub.postJson("/routing-rules", Map.of("category", "Highways", "department", "Environment and Place"));
        Histogram latency = new Histogram(60_000_000_000L, 3);
        for (int i = 0; i < enquiries; i++) {
            String email = "c" + (i % 60) + "@bench.example.gov.uk";
            int before = mail.count(email);
            long begun = System.nanoTime();
            HttpCalls.Reply reply = hub.postJson("/enquiries", Map.of("councillorId", RosterFile.id(i % 60), "channel", "email",
                    "subject", "Bench enquiry " + i, "description", "Timed.", "category", "Highways"));
            Checks.expect(reply, 201, "logging an enquiry");
            long limit = begun + Duration.ofSeconds(60).toNanos();
            while (mail.count(email) <= before) {
                if (System.nanoTime() > limit) {
                    throw new IllegalStateException("no acknowledgement for enquiry " + i + " within 60 s");
                }
                Thread.sleep(2);
            }
            latency.recordValue(System.nanoTime() - begun);
        }
        figures.add(Figure.of("enquiry logged -> acknowledgement at SMTP (" + enquiries + " in turn), p50",
                latency.getValueAtPercentile(50) / 1e6, "ms").atMost(200, "< 200 ms"));
        figures.add(Figure.of("  its p99", latency.getValueAtPercentile(99) / 1e6, "ms").atMost(1000, "< 1 s"));
    }

    /** HR imports the roster over HTTP; notifications then plans every reminder from the assignments' events. */
    private void rosterImport(int people, double anchor) throws Exception {
        HttpCalls training = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl())
                .as(platform.tokens().token("bench-hr", "hr"));
        String csv = RosterFile.of(people);
        long begun = System.nanoTime();
        HttpCalls.Reply reply = training.post("/roster/import", "text/csv", csv);
        double seconds = (System.nanoTime() - begun) / 1e9;
        Checks.expect(reply, 200, "roster import");
        figures.add(Figure.of("roster import, " + people + " people over HTTP, just started", people / seconds, "people/s")
                .against(anchor).atLeast(10_000, "100,000 people < 10 s"));
        long assignments = count("SELECT count(*) FROM training.assignment");
        CpuTime processorBefore = CpuTime.now(platform);
        long planningBegun = System.nanoTime();
        Checks.awaitAtLeast(assignments, () -> count(PLANNED_ASSIGNMENTS), Duration.ofMinutes(5));
        double planning = (System.nanoTime() - planningBegun) / 1e9;
        long reminders = count("SELECT count(*) FROM notifications.reminder");
        figures.add(Figure.of("reminders planned from the import's " + assignments + " assignments (" + reminders + ")",
                reminders / planning, "/s").against(anchor).atLeast(10_000, ">= 10,000/s"));
        // a reminder costs tens of microseconds: counted a thousand at a time, the figure keeps its digits
        reportProcessorTime(processorBefore, reminders / 1000.0, "1,000 reminders");
    }

    /** Gives a council the default council's catalogue and rules over the API; its HR's calls. */
    private HttpCalls furnish(String council, JsonNode courses, JsonNode rules) throws Exception {
        HttpCalls hr = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl()).as(tokenOf(council, "hr"));
        for (var course : courses) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("title", course.get("title").asText()));
            if (course.hasNonNull("renewalMonths")) {
                body.put("renewalMonths", course.get("renewalMonths").asInt());
            }
            Checks.expect(hr.put("/courses/" + course.get("code").asText(), "application/json", HttpCalls.toJson(body)),
                    200, council + "'s catalogue");
        }
        for (var rule : rules) {
            if (!rule.path("active").asBoolean(true)) {
                continue;
            }
            Map<String, Object> body = new java.util.HashMap<>();
            List.of("courseCode", "personKind", "role", "department", "dueWithinDays").forEach(field -> {
                if (rule.hasNonNull(field)) {
                    body.put(field, rule.get(field).isNumber() ? rule.get(field).asInt() : rule.get(field).asText());
                }
            });
            Checks.expect(hr.postJson("/rules", body), 201, council + "'s rules");
        }
        return hr;
    }

    /**
     * A large council's roster on the warm platform, into a council of its own with the default catalogue and rules
     * (its assignments are created and their events written in the same call): the rate that says whether 100,000
     * people import in 10 s; then the rate notifications-service plans their reminders at, warm.
     */
    private void largeRoster(int people, double anchor) throws Exception {
        HttpCalls defaultHr = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl()).as(platform.tokens().token("bench-hr", "hr"));
        HttpCalls hr = furnish(LARGE_COUNCIL, defaultHr.get("/courses").json(), defaultHr.get("/rules").json());
        String csv = RosterFile.of(people);
        long plannedBefore = count(PLANNED_ASSIGNMENTS);
        long remindersBefore = count("SELECT count(*) FROM notifications.reminder");
        measureStatements();
        CpuTime processorBefore = CpuTime.now(platform);
        long begun = System.nanoTime();
        HttpCalls.Reply reply = hr.post("/roster/import", "text/csv", csv);
        double seconds = (System.nanoTime() - begun) / 1e9;
        Checks.expect(reply, 200, "the large roster's import");
        int assignments = reply.json().get("assignmentsCreated").asInt();
        figures.add(Figure.of(String.format("roster import, %,d people over HTTP, warm (%,d assignments)", people,
                        assignments), people / seconds, "people/s")
                .against(anchor).atLeast(10_000, "100,000 people < 10 s"));
        // while the call ran: the import itself, and what the relay and the consumers did with its events meanwhile
        reportProcessorTime(processorBefore, people / 1_000.0, "1,000 people imported");
        long planningBegun = System.nanoTime();
        Checks.awaitAtLeast(plannedBefore + assignments, () -> count(PLANNED_ASSIGNMENTS), Duration.ofMinutes(10));
        double planning = (System.nanoTime() - planningBegun) / 1e9;
        long reminders = count("SELECT count(*) FROM notifications.reminder") - remindersBefore;
        figures.add(Figure.of(String.format("  reminders planned from them (%,d), warm", reminders), reminders / planning, "/s")
                .against(anchor).atLeast(10_000, ">= 10,000/s"));
        reportStatements("large-roster", people, "person");
    }

    /**
     * The same load as {@link #recordCompletions} on one deployment serving fifty councils: each council gets the
     * default council's catalogue and rules over the API and a fiftieth of the roster's officers (after the same
     * councillors, chief officers and managers), then the calls go to the fifty in turn, each with its own council's token. Tenancy should cost little: within 10 % of one council.
     */
    private void acrossFiftyCouncils(int people, double anchor, double oneCouncil) throws Exception {
        HttpCalls defaultHr = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl()).as(platform.tokens().token("bench-hr", "hr"));
        JsonNode courses = defaultHr.get("/courses").json();
        JsonNode rules = defaultHr.get("/rules").json();
        int perCouncil = Math.max(10, people / COUNCILS.size());
        long assignmentsBefore = count("SELECT count(*) FROM training.assignment");
        long plannedBefore = count(PLANNED_ASSIGNMENTS);
        for (String council : COUNCILS) {
            HttpCalls hr = furnish(council, courses, rules);
            // the calls go to officers with a line manager, like the one council's warm run (its second half of the
            // roster): the same work per completion, spread over the councils
            Checks.expect(hr.post("/roster/import", "text/csv", RosterFile.of(RosterFile.FIRST_MANAGED_OFFICER + perCouncil)),
                    200, council + "'s roster");
        }
        long assignments = count("SELECT count(*) FROM training.assignment") - assignmentsBefore;
        Checks.awaitAtLeast(plannedBefore + assignments, () -> count(PLANNED_ASSIGNMENTS), Duration.ofMinutes(5));

        ManagedChannel channel = GrpcCalls.channel(platform.service(ServiceSpec.TRAINING).grpcPort());
        List<CompletionsGrpc.CompletionsFutureStub> stubs = COUNCILS.stream().map(council -> GrpcCalls.withToken(
                CompletionsGrpc.newFutureStub(channel), tokenOf(council, "hr"))).toList();
        LocalDate today = LocalDate.now(platform.clock());
        long consumedBefore = consumedCompletions();
        measureStatements();
        CpuTime processorBefore = CpuTime.now(platform);
        Load.Result result = Load.run(32, quick ? Duration.ofSeconds(5) : Duration.ofSeconds(30), i -> {
            int council = (int) (i % COUNCILS.size());
            long call = i / COUNCILS.size();
            int course = (int) (call % COURSES.length);
            long person = (call / COURSES.length) % perCouncil;
            long daysAgo = call / ((long) COURSES.length * perCouncil);
            return completable(stubs.get(council).recordCompletion(RecordCompletionRequest.newBuilder()
                    .setPersonId(RosterFile.id(RosterFile.FIRST_MANAGED_OFFICER + (int) person)).setCourseCode(COURSES[course])
                    .setCompletedOn(today.minusDays(daysAgo).toString()).setProvider("bench").build()));
        });
        figures.add(Figure.of("gRPC RecordCompletion, 50 councils, 32 in flight (" + result.calls() + " calls, "
                + result.failures() + " failed)", result.perSecond(), "/s").against(anchor)
                .atLeast(oneCouncil * 0.9, ">= 90 % of one council's (warm)"));
        figures.add(Figure.of("  its latency p99", result.millis(99), "ms"));
        // like the one council's warm run: until notifications has consumed them all, so the two compare part by part
        long succeeded = result.calls() - result.failures();
        Checks.awaitAtLeast(consumedBefore + succeeded, this::consumedCompletions, Duration.ofMinutes(5));
        reportProcessorTime(processorBefore, succeeded, "completion");
        reportStatements("fifty-councils", succeeded, "completion");
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private String tokenOf(String council, String... roles) {
        return platform.tokens().token("bench-" + council, List.of(roles), Map.of("council", council), Duration.ofHours(1));
    }

    /**
     * Departments record completions over gRPC, 32 in flight; then how long until notifications has consumed them all.
     *
     * @param run which of the one council's runs this is (0 or 1; the paced run is 2): a run's completions are dated on
     *            days of its own (today and every third day back for the first), so however many calls it makes, none
     *            repeats another run's — a repeat records nothing and sends no event, and the wait for notifications
     *            would never end
     */
    private double recordCompletions(int people, double anchor, int firstPerson, int run, String label) throws Exception {
        ManagedChannel channel = GrpcCalls.channel(platform.service(ServiceSpec.TRAINING).grpcPort());
        long consumedBefore = consumedCompletions();
        // Only the warm run's processor time is reported: the cold one's is mostly JIT compiling.
        CpuTime processorBefore = null;
        if (run > 0) {
            measureStatements();
            processorBefore = CpuTime.now(platform);
        }
        Load.Result result = Load.run(32, quick ? Duration.ofSeconds(5) : Duration.ofSeconds(30),
                distinctCompletions(channel, people, firstPerson, run));
        long answered = System.nanoTime();
        figures.add(Figure.of("gRPC RecordCompletion, 32 in flight" + label + " (" + result.calls() + " calls, " + result.failures()
                + " failed)", result.perSecond(), "/s").against(anchor).atLeast(anchor * 0.25, ">= 25 % of the anchor"));
        figures.add(Figure.of("  its latency p50", result.millis(50), "ms"));
        figures.add(Figure.of("  its latency p99", result.millis(99), "ms"));
        long succeeded = result.calls() - result.failures();
        Checks.awaitAtLeast(consumedBefore + succeeded, this::consumedCompletions, Duration.ofMinutes(5));
        figures.add(Figure.of("  consumed by notifications, after the last call returned", (System.nanoTime() - answered) / 1e9, "s")
                .atMost(1, "< 1 s"));
        if (run > 0) {
            reportProcessorTime(processorBefore, succeeded, "completion");
            reportStatements("completions", succeeded, "completion");
        }
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        return result.perSecond();
    }

    /**
     * The latency target holds at half the rate: calls paced at half the warm run's own rate (the target's 2,500/s is
     * beyond this machine), each timed from when it was due to start, so a platform falling behind shows in the figure;
     * then one call at a time, the floor under it. A third run of its own (other people, other days).
     */
    private void completionsAtHalfRate(int people, double warmRate) throws Exception {
        ManagedChannel channel = GrpcCalls.channel(platform.service(ServiceSpec.TRAINING).grpcPort());
        LongFunction<CompletableFuture<?>> calls = distinctCompletions(channel, people, people / 4, 2);
        double rate = warmRate / 2;
        Load.Result paced = Load.paced(rate, quick ? Duration.ofSeconds(5) : Duration.ofSeconds(20), calls);
        figures.add(Figure.of(String.format("gRPC RecordCompletion paced at half that rate, %.0f/s (%d calls, %d failed), p50",
                rate, paced.calls(), paced.failures()), paced.millis(50), "ms"));
        figures.add(Figure.of("  its p99", paced.millis(99), "ms").atMost(20, "< 20 ms at half the rate"));
        Load.Result alone = Load.run(1, quick ? Duration.ofSeconds(2) : Duration.ofSeconds(5), i -> calls.apply(paced.calls() + i));
        figures.add(Figure.of("  one call at a time (" + alone.calls() + " calls), p50", alone.millis(50), "ms"));
        figures.add(Figure.of("  its p99", alone.millis(99), "ms"));
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    /**
     * Call i of a run: a distinct (person, course, day) each, from {@code firstPerson} on and dated {@code run} days
     * back and every third day before that, so none is an idempotent repeat of another call or another run's.
     */
    private LongFunction<CompletableFuture<?>> distinctCompletions(ManagedChannel channel, int people, int firstPerson, int run) {
        CompletionsGrpc.CompletionsFutureStub completions = GrpcCalls.withToken(CompletionsGrpc.newFutureStub(channel),
                platform.tokens().token("bench-lms", "hr"));
        LocalDate today = LocalDate.now(platform.clock());
        return i -> {
            int course = (int) (i % COURSES.length);
            long person = (firstPerson + i / COURSES.length) % people;
            long daysAgo = run + RUNS * (i / ((long) COURSES.length * people));
            return completable(completions.recordCompletion(RecordCompletionRequest.newBuilder()
                    .setPersonId(RosterFile.id((int) person)).setCourseCode(COURSES[course])
                    .setCompletedOn(today.minusDays(daysAgo).toString()).setProvider("bench").build()));
        };
    }

    /**
     * A department's nightly sync: every person's six courses, dated a year and a half back (so none repeats an
     * earlier call's), sent as client-streaming RecordCompletions calls of 1,000 rows, one after another.
     */
    private void bulkCompletions(int people, double anchor) throws Exception {
        ManagedChannel channel = GrpcCalls.channel(platform.service(ServiceSpec.TRAINING).grpcPort());
        CompletionsGrpc.CompletionsStub completions = GrpcCalls.withToken(CompletionsGrpc.newStub(channel),
                platform.tokens().token("bench-lms", "hr"));
        String day = LocalDate.now(platform.clock()).minusDays(550).toString();
        List<RecordCompletionRequest> rows = new ArrayList<>();
        for (int person = 0; person < people; person++) {
            for (String course : COURSES) {
                rows.add(RecordCompletionRequest.newBuilder().setPersonId(RosterFile.id(person)).setCourseCode(course)
                        .setCompletedOn(day).setProvider("bench sync").build());
            }
        }
        long consumedBefore = consumedCompletions();
        measureStatements();
        long begun = System.nanoTime();
        int recorded = 0;
        for (int from = 0; from < rows.size(); from += 1_000) {
            RecordCompletionsReport report = GrpcCalls.clientStream(completions.withDeadlineAfter(5, TimeUnit.MINUTES)::recordCompletions,
                    rows.subList(from, Math.min(rows.size(), from + 1_000)), Duration.ofMinutes(5));
            if (report.getProblemsCount() > 0) {
                throw new IllegalStateException("bulk rows refused: " + report.getProblemsList().subList(0, 1));
            }
            recorded += report.getRecorded();
        }
        double seconds = (System.nanoTime() - begun) / 1e9;
        long answered = System.nanoTime();
        figures.add(Figure.of("gRPC RecordCompletions (bulk), " + rows.size() + " rows in calls of 1,000", rows.size() / seconds, "rows/s")
                .against(anchor).atLeast(anchor * 0.25, ">= 25 % of the anchor"));
        Checks.awaitAtLeast(consumedBefore + recorded, this::consumedCompletions, Duration.ofMinutes(5));
        figures.add(Figure.of("  consumed by notifications, after the last call returned", (System.nanoTime() - answered) / 1e9, "s"));
        reportStatements("bulk", rows.size(), "row");
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Which processes the cores were busy in, from the calls' start until notifications had consumed them all. */
    private void reportProcessorTime(CpuTime before, double units, String unit) {
        CpuTime after = CpuTime.now(platform);
        if (units == 0) {
            return;
        }
        after.secondsSince(before).forEach((part, seconds) -> {
            if (seconds > 0) {
                figures.add(Figure.of("  processor time per " + unit + ": " + part, seconds * 1e3 / units, "ms"));
            }
        });
        figures.add(Figure.of("  the machine busy meanwhile (every core)", after.machineBusySince(before) * 100, "%"));
    }

    private void measureStatements() {
        if (statements != null) {
            statements.reset();
        }
    }

    private void reportStatements(String scenario, long units, String unit) throws java.io.IOException {
        if (statements != null) {
            statements.report(scenario, units, unit);
        }
    }

    private long consumedCompletions() {
        return count("SELECT count(*) FROM notifications.processed_event WHERE event_type = 'councilprotocol.training.v1.CompletionRecorded'");
    }

    private static CompletableFuture<Object> completable(ListenableFuture<?> future) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        future.addListener(() -> {
            try {
                done.complete(future.get());
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        }, Runnable::run);
        return done;
    }

    private long count(String query) {
        return Checks.count(platform, query);
    }

    private void report(Path json) throws Exception {
        StringBuilder table = new StringBuilder(String.format("%n%-72s %14s %-9s %9s  %-40s %s%n", "measure", "value", "unit",
                "x anchor", "target", "met"));
        for (Figure f : figures) {
            table.append(String.format("%-72s %14.1f %-9s %9s  %-40s %s%n", f.measure(), f.value(), f.unit(),
                    Double.isNaN(f.ratioToAnchor()) ? "" : String.format("%.3f", f.ratioToAnchor()), f.target(),
                    f.met() == null ? "" : f.met() ? "yes" : "NO"));
        }
        table.append(quick ? "(--quick: a small council and short runs; the figures are indicative, not the README's)\n" : "");
        System.out.println(table);
        Files.createDirectories(json.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(),
                Map.of("quick", quick, "figures", figures));
        System.out.println("Written to " + json);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
