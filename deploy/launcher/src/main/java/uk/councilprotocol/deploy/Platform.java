package uk.councilprotocol.deploy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.platform.time.ClockStart;
import uk.councilprotocol.testkit.DevTokenIssuer;
import uk.councilprotocol.testkit.FreePorts;
import uk.councilprotocol.testkit.MailServer;
import uk.councilprotocol.testkit.PostgresServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Collections;
import java.sql.DriverManager;

/**
 * The whole platform on this machine: PostgreSQL (one role and schema per service), Kafka in JVMs of its own
 * (one broker, or a cluster of three),
 * an SMTP server whose mail can be read, and the four services as separate JVMs. Used by the launcher
 * and by the end-to-end tests alike.
 */
public final class Platform implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
    public static final String DATABASE = "council";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Layout layout;
    private final Ports ports;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<ServiceSpec, ServiceProcess> services = new LinkedHashMap<>();
    /** Second replicas started beside the first ({@link #startReplica}), as a scaled-out deployment runs them. */
    private final Map<ServiceSpec, ServiceProcess> replicas = new LinkedHashMap<>();
    private final Map<ServiceSpec, Map<String, String>> environments = new HashMap<>();
    private PostgresServer postgres;
    private KafkaCluster kafka;
    private int kafkaNodes = 1;
    private MailServer mail;
    private MailViewer mailViewer;
    private DevTokenIssuer tokens;
    private Duration readyAfter;

    private final Map<String, String> serviceEnvironment;
    private final Clock clock;
    private boolean closed;

    private Platform(Layout layout, Ports ports, Map<String, String> serviceEnvironment) {
        this.layout = layout;
        this.ports = ports;
        this.serviceEnvironment = new HashMap<>(serviceEnvironment);
        // The business day: the caller's PLATFORM_CLOCK_START, else the JVM's platform.clock.start (the CI run that pins
        // the tests to awkward days sets it), else today. Every service is started on the same one.
        String start = serviceEnvironment.getOrDefault("PLATFORM_CLOCK_START", System.getProperty(ClockStart.PROPERTY, ""));
        Instant clockStart = ClockStart.parse(start);
        if (clockStart != null) {
            this.serviceEnvironment.put("PLATFORM_CLOCK_START", clockStart.toString());
        }
        Clock system = Clock.system(LONDON);
        this.clock = clockStart == null ? system : Clock.offset(system, Duration.between(system.instant(), clockStart));
    }

    /** A platform not yet started, so that whoever stops it (a Ctrl-C) can hold it before the start begins. */
    public static Platform prepare(Layout layout, Ports ports, Map<String, String> serviceEnvironment) {
        return new Platform(layout, ports, serviceEnvironment);
    }

    /** Starts everything from a clean run folder and returns once every service is ready. */
    public static Platform start(Layout layout, Ports ports, Map<String, String> serviceEnvironment) throws Exception {
        Platform platform = prepare(layout, ports, serviceEnvironment);
        try {
            platform.start();
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    /**
     * Kafka as a cluster of three nodes (replicated three times, two in sync) rather than the local run's one broker,
     * as the fault suite's {@code --brokers 3} runs it; call before {@link #start()}.
     */
    public Platform withKafkaNodes(int nodes) {
        this.kafkaNodes = nodes;
        return this;
    }

    /** Starts everything; on failure the caller closes what was started. */
    public void start() throws Exception {
        long begun = System.nanoTime();
        clean(layout.runDirectory());
        kafka = track(KafkaCluster.of(layout, ports.kafka(), ports.kafkaController(), kafkaNodes));
        Thread kafkaStart = new Thread(() -> kafka.start(), "kafka-start");
        List<Throwable> kafkaFailure = new ArrayList<>();
        kafkaStart.setUncaughtExceptionHandler((t, e) -> kafkaFailure.add(e));
        kafkaStart.start();

        postgres = track(startPostgres());
        postgres.execute(layout.sql("database.sql").replace("${database}", DATABASE));
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password());
             var statement = connection.createStatement()) {
            for (ServiceSpec spec : ServiceSpec.ALL.stream().filter(ServiceSpec::ownsSchema).toList()) {
                statement.execute(layout.sql("service-role.sql").replace("${service}", spec.name())
                        .replace("${password}", password(spec)).replace("${database}", DATABASE));
            }
        }
        tokens = track(DevTokenIssuer.start(ports.tokenIssuer()));
        registerDemoClients(tokens);
        mail = track(MailServer.start(ports.smtp()));
        mailViewer = track(new MailViewer(mail, ports.mailViewer()));

        kafkaStart.join();
        if (!kafkaFailure.isEmpty()) {
            Throwable cause = kafkaFailure.get(0);
            throw cause instanceof LaunchFailure failure ? failure
                    : new LaunchFailure("Kafka did not start (" + cause.getMessage() + "); see its logs in " + layout.logs(), cause);
        }
        LOG.info("PostgreSQL, Kafka and SMTP up in {} ms; starting the services", (System.nanoTime() - begun) / 1_000_000);

        for (int i = 0; i < ServiceSpec.ALL.size(); i++) {
            ServiceSpec spec = ServiceSpec.ALL.get(i);
            Map<String, String> env = new HashMap<>(environmentFor(spec));
            env.putAll(serviceEnvironment);
            environments.put(spec, env);
            int http = ports.http().get(i);
            int grpc = ports.grpc().get(i);
            services.put(spec, launch(() -> ServiceProcess.start(layout, spec, http, grpc, env)));
        }
        for (ServiceProcess process : services.values()) {
            process.awaitReady(Duration.ofSeconds(120));
        }
        readyAfter = Duration.ofNanos(System.nanoTime() - begun);
        LOG.info("All {} services ready in {} ms", services.size(), readyAfter.toMillis());
    }

    /** From the start of {@link #start()} (a clean run folder) until every service answered ready. */
    public Duration readyAfter() {
        return readyAfter;
    }

    private PostgresServer startPostgres() {
        try {
            return PostgresServer.embedded(layout.runDirectory().resolve("postgres"), ports.postgres());
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new LaunchFailure("PostgreSQL could not start (" + root.getMessage() + "); its files are in "
                    + layout.runDirectory().resolve("postgres"), e);
        }
    }

    /** What each part of the start hands back to be stopped; once the platform is closed, nothing more may start. */
    private synchronized <T extends AutoCloseable> T track(T part) {
        if (closed) {
            closeQuietly(part);
            throw new LaunchFailure("Stopped while starting");
        }
        started.add(part);
        return part;
    }

    /** Starts a process under the same lock as {@link #close()}, so a stop can never miss one started at that moment. */
    private synchronized <T extends AutoCloseable> T launch(StartStep<T> step) throws Exception {
        if (closed) {
            throw new LaunchFailure("Stopped while starting");
        }
        return track(step.start());
    }

    private interface StartStep<T> {
        T start() throws Exception;
    }

    /** The business clock the services were started on: today, or the day the run was pinned to. */
    public Clock clock() {
        return clock;
    }

    private Map<String, String> environmentFor(ServiceSpec spec) {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", postgres.jdbcUrl(DATABASE));
        env.put("DATABASE_USER", spec.name());
        env.put("DATABASE_PASSWORD", password(spec));
        env.put("DATABASE_POOL_SIZE", "5");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("SMTP_HOST", "localhost");
        env.put("SMTP_PORT", String.valueOf(ports.smtp()));
        env.put("NOTIFICATIONS_DISPATCH_INTERVAL", "5s");
        // The local platform is run at any hour to try it: its mail goes at once rather than wait for the council's
        // sending hours (a deployment keeps them; TrainingReminderJourneyTest runs with them on)
        env.put("NOTIFICATIONS_SEND_WINDOW_ENABLED", "false");
        env.put("TRAINING_OVERDUE_SCAN_INTERVAL", "1m");
        env.put("ENQUIRIES_ESCALATION_SCAN_INTERVAL", "1m");
        env.put("SECURITY_JWKS_URL", tokens.jwksUrl());
        env.put("SECURITY_ISSUER", tokens.issuer());
        // A service calling another does so as itself: the client-credentials client registered below.
        env.put("SECURITY_TOKEN_URL", tokens.url() + "/token");
        env.put("SERVICE_CLIENT_ID", spec.module());
        env.put("SERVICE_CLIENT_SECRET", password(spec));
        env.put("TRAINING_GRPC_TARGET", "localhost:" + ports.grpc().get(ServiceSpec.ALL.indexOf(ServiceSpec.TRAINING)));
        env.put("ENQUIRIES_GRPC_TARGET", "localhost:" + ports.grpc().get(ServiceSpec.ALL.indexOf(ServiceSpec.ENQUIRIES)));
        env.put("NOTIFICATIONS_GRPC_TARGET", "localhost:" + ports.grpc().get(ServiceSpec.ALL.indexOf(ServiceSpec.NOTIFICATIONS)));
        env.put("PLANS_GRPC_TARGET", "localhost:" + ports.grpc().get(ServiceSpec.ALL.indexOf(ServiceSpec.PLANS)));
        env.put("CONSOLE_ISSUER_URL", tokens.url());
        env.put("CONSOLE_CLIENT_ID", ServiceSpec.CONSOLE.module());
        env.put("CONSOLE_CLIENT_SECRET", password(ServiceSpec.CONSOLE));
        env.put("CONSOLE_PUBLIC_URL", "http://localhost:" + ports.http().get(ServiceSpec.ALL.indexOf(ServiceSpec.CONSOLE)));
        env.put("PLANS_OVERDUE_SCAN_INTERVAL", "1m");
        // two demo councils on one platform: Eastmoor (England, the default) and Glenmoor (Scotland)
        env.put("PLATFORM_TENANCY_DEFAULT_COUNCIL", "eastmoor");
        env.put("PLATFORM_TENANCY_COUNCILS", "eastmoor," + DemoData.GLENMOOR);
        env.put("ENQUIRIES_CALENDARS_GLENMOOR_DIVISION", "scotland");
        env.put("NOTIFICATIONS_CALENDARS_GLENMOOR_DIVISION", "scotland");
        return env;
    }

    /** Local-run passwords only; a real deployment takes them from its secret store. */
    private static String password(ServiceSpec spec) {
        return "local-" + spec.name();
    }

    /** Stops PostgreSQL and starts it again on the same data and port, as an outage would. */
    public void restartPostgres(Duration downFor) throws Exception {
        stopPostgres();
        Thread.sleep(downFor.toMillis());
        startPostgresAgain();
    }

    /** An outage of the database: every service's connections break until {@link #startPostgresAgain()}. */
    public synchronized void stopPostgres() throws Exception {
        started.remove(postgres);
        postgres.close();
    }

    public synchronized void startPostgresAgain() {
        postgres = PostgresServer.embedded(layout.runDirectory().resolve("postgres"), ports.postgres());
        started.add(0, postgres);
    }

    /** Kills a service outright (SIGKILL), as a crash would; {@link #restart} brings it back. */
    public void kill(ServiceSpec spec) throws InterruptedException {
        services.get(spec).kill();
    }

    /** Starts a service again on its own ports with its own settings, and waits until it is ready. */
    public synchronized void restart(ServiceSpec spec) throws Exception {
        ServiceProcess old = services.get(spec);
        old.kill();
        startAgain(spec, old);
    }

    /**
     * Stops a service cleanly (SIGTERM: it finishes its work and, on a build's first run, writes its class archive) and
     * starts it again on its own ports and settings, as a rolling deploy would; waits until it is ready.
     */
    public synchronized void restartCleanly(ServiceSpec spec) throws Exception {
        ServiceProcess old = services.get(spec);
        old.close();
        startAgain(spec, old);
    }

    private void startAgain(ServiceSpec spec, ServiceProcess old) throws Exception {
        int index = ServiceSpec.ALL.indexOf(spec);
        ServiceProcess again = ServiceProcess.start(layout, spec, ports.http().get(index), ports.grpc().get(index),
                environments.get(spec));
        started.set(started.indexOf(old), again);
        services.put(spec, again);
        again.awaitReady(Duration.ofSeconds(120));
    }

    /**
     * Starts a second replica of each service beside the first: its own ports, the same database, Kafka topics, consumer
     * group and settings, as a second pod would. The two share the work: Kafka splits the partitions between them,
     * and each scheduled job and outbox relay runs its work once between them (row locks, advisory locks), not once per
     * replica. Returns once they are ready.
     */
    public synchronized void startReplicas(List<ServiceSpec> specs) throws Exception {
        List<ServiceProcess> starting = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            if (replicas.containsKey(spec)) {
                throw new IllegalStateException("A second replica of " + spec.module() + " is already running");
            }
            List<Integer> free = FreePorts.distinct(2);
            ServiceProcess replica = launch(() -> ServiceProcess.startReplica(layout, spec, free.get(0), free.get(1),
                    environments.get(spec), 2));
            replicas.put(spec, replica);
            starting.add(replica);
        }
        for (ServiceProcess replica : starting) {   // started side by side, then awaited
            replica.awaitReady(Duration.ofSeconds(120));
        }
    }

    /** Kills a service's second replica outright (SIGKILL), as a crash would; {@link #stopReplica} then clears it away. */
    public synchronized void killReplica(ServiceSpec spec) throws InterruptedException {
        ServiceProcess replica = replicas.get(spec);
        if (replica == null) {
            throw new IllegalStateException("No second replica of " + spec.module() + " is running");
        }
        replica.kill();
    }

    /** Stops a service's second replica cleanly (SIGTERM), as a scale-down would. */
    public synchronized void stopReplica(ServiceSpec spec) throws Exception {
        ServiceProcess replica = replicas.remove(spec);
        if (replica != null) {
            started.remove(replica);
            replica.close();
        }
    }

    /**
     * Client-credentials clients for the local run: one department's own system (to record completions
     * over gRPC) and the platform's services. Secrets here are for the local run only.
     */
    /** The demo users of the local run, as the README lists them. */
    public static final List<DevTokenIssuer.User> DEMO_USERS = List.of(
            new DevTokenIssuer.User("hr-amy", "Amy Hart (HR)", "hr-amy", List.of("hr")),
            new DevTokenIssuer.User("EM-0202", "Aisha Begum (Members Support Hub)", "EM-0202", List.of("hub", "officer")),
            new DevTokenIssuer.User("EM-0206", "Fatima Haddad (Environment and Place)", "EM-0206",
                    List.of("officer", "department:environment-and-place")),
            new DevTokenIssuer.User("EM-0104", "Sian Moore (Environment and Place director)", "EM-0104", List.of("officer")),
            new DevTokenIssuer.User("EM-0105", "Sue Putt (plan owner)", "EM-0105", List.of("officer")),
            new DevTokenIssuer.User("EM-0103", "Gareth Llewellyn (Monitoring Officer)", "EM-0103", List.of("standards", "officer")),
            new DevTokenIssuer.User("CLLR-001", "Cllr Margaret Hughes", "CLLR-001", List.of("councillor")),
            new DevTokenIssuer.User("admin", "Eastmoor administrator", "admin", List.of("admin")),
            new DevTokenIssuer.User("operator", "Platform operator (the supplier)", "operator", List.of("operator")),
            new DevTokenIssuer.User("GM-HR", "Glenmoor: HR", "GM-HR", List.of("hr"), DemoData.GLENMOOR),
            new DevTokenIssuer.User("GM-0201", "Glenmoor: Eilidh MacLeod (Members Services)", "GM-0201", List.of("hub", "officer"),
                    DemoData.GLENMOOR),
            new DevTokenIssuer.User("GM-CLLR-02", "Glenmoor: Cllr Fiona Murray", "GM-CLLR-02", List.of("councillor"), DemoData.GLENMOOR));

    private static void registerDemoClients(DevTokenIssuer issuer) {
        issuer.register("environment-and-place-lms", new DevTokenIssuer.Client("local-secret", "environment-and-place-lms",
                List.of("service", "department:environment-and-place")));
        for (ServiceSpec spec : ServiceSpec.ALL) {
            issuer.register(spec.module(), new DevTokenIssuer.Client("local-" + spec.name(), spec.module(),
                    List.of("service", "platform-service")));
        }
        // The people who can sign in to the web console locally (the issuer's sign-in page lists them).
        for (DevTokenIssuer.User user : DEMO_USERS) {
            issuer.registerUser(user);
        }
    }

    public DevTokenIssuer tokens() {
        return tokens;
    }

    public ServiceProcess service(ServiceSpec spec) {
        return services.get(spec);
    }

    public KafkaCluster kafka() {
        return kafka;
    }

    public MailServer mail() {
        return mail;
    }

    public String mailViewerUrl() {
        return mailViewer.url();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public Layout layout() {
        return layout;
    }

    /** Stops everything, services first, and leaves no process behind. */
    @Override
    public synchronized void close() {
        closed = true;
        List<AutoCloseable> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        // the services all asked at once, so they stop side by side (each writing its class archive, the first time)
        reverse.stream().filter(ServiceProcess.class::isInstance).map(ServiceProcess.class::cast).forEach(ServiceProcess::askToStop);
        reverse.forEach(Platform::closeQuietly);
        started.clear();
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            LOG.warn("Could not stop {}: {}", part.getClass().getSimpleName(), e.toString());
        }
    }

    private static void clean(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(directory);
    }
}
