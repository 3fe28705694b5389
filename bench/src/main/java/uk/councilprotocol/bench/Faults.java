package uk.councilprotocol.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import uk.councilprotocol.deploy.Layout;
import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.Ports;
import uk.councilprotocol.deploy.ServiceSpec;
import io.grpc.ManagedChannel;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./bench/faults.sh [--quick] [--brokers 3]}: the fault suite. While the Hub logs enquiries and a department records
 * completions, each at a steady rate, each part of the platform fails in turn — notifications-service,
 * enquiries-service and training-service killed with SIGKILL and restarted, the three scaled out to two replicas
 * each and one replica of each killed, the Kafka broker killed and restarted (with {@code --brokers 3}, on a cluster of
 * three replicating every topic three times: the quorum's leader killed while the other two serve, then all three),
 * the SMTP server down, PostgreSQL stopped and started. Every enquiry the platform accepted (answered 201) must be
 * acknowledged exactly once, counted at the SMTP server; every completion it accepted (answered OK) must be announced
 * by one event on Kafka that notifications consumed. Prints what was sent, what arrived, what was lost and what came
 * twice, and how long the part took to come back; exits 1 if anything was lost or duplicated. One exception, shown in
 * its own column: with notifications itself killed, the acknowledgement it had handed to the SMTP server in the moment
 * before recording it goes again, with the same Message-ID (no SMTP client can know whether that one arrived).
 */
public final class Faults implements AutoCloseable {
    static final double PER_SECOND = 10;
    private static final int PEOPLE = 200;

    private final Platform platform;
    private final boolean quick;
    private final HttpCalls hub;
    private final ManagedChannel training;
    private final String department;
    /** Opened once the roster's import has put training's topic in place ({@link #setUp()}). */
    private CompletionEvents completionEvents;
    private final Set<String> acceptedSoFar = new HashSet<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    /** Completion events notifications had consumed when its first replica died, and when that replica came back. */
    private long consumedAtKill;
    private long consumedAtRestart;
    /** The Kafka node the cluster's fault killed. */
    private int killedNode;

    /**
     * A part failing: {@code inject} breaks it, {@code restore} brings it back (and returns once it answers).
     * {@code killsSender}: the sender of the emails dies, so one it handed to the SMTP server in the moment before it
     * could record it may be sent again after its restart (SMTP cannot be asked whether a message arrived).
     */
    record Fault(String name, Step inject, Step restore, boolean killsSender) {
        Fault(String name, Step inject, Step restore) {
            this(name, inject, restore, false);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    /**
     * @param readySeconds     from the start of the restore until the part answered again
     * @param deliveredSeconds from the last call until every accepted enquiry's acknowledgement was at the SMTP server
     * @param duplicates       a second, different acknowledgement for an enquiry (its own Message-ID): never allowed
     * @param resent           the same acknowledgement (same Message-ID) again: allowed only after its sender was
     *                         killed, and shown
     */
    record Outcome(String fault, int sent, int refused, int delivered, int lost, int duplicates, int resent,
                   boolean resendExplained, int unconfirmed, Completions completions, double readySeconds,
                   double deliveredSeconds, String note) {
        boolean safe() {
            return lost == 0 && duplicates == 0 && (resent == 0 || resendExplained)
                    && completions.lost() == 0 && completions.duplicates() == 0;
        }

        String verdict() {
            return !safe() ? "NO" : resent > 0 ? "yes*" : "yes";
        }
    }

    /**
     * The department's completions during the fault: accepted, refused, consumed by notifications, lost (accepted,
     * yet no event consumed) and recorded twice (two events for one completion).
     */
    record Completions(int sent, int refused, int consumed, int lost, int duplicates) {
    }

    private Faults(Platform platform, boolean quick) {
        this.platform = platform;
        this.quick = quick;
        this.hub = new HttpCalls(platform.service(ServiceSpec.ENQUIRIES).httpUrl())
                .as(platform.tokens().token("faults-hub", List.of("hub"), Map.of(), Duration.ofHours(2)));
        this.training = GrpcCalls.channel(platform.service(ServiceSpec.TRAINING).grpcPort());
        this.department = platform.tokens().token("faults-lms", List.of("hr"), Map.of(), Duration.ofHours(2));
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        boolean quick = options.contains("--quick");
        int brokers = options.contains("--brokers") ? Integer.parseInt(options.get(options.indexOf("--brokers") + 1)) : 1;
        Layout layout = Layout.find(Path.of("deploy/.run-faults").toAbsolutePath());
        Thread.setDefaultUncaughtExceptionHandler(Faults::uncaught);
        boolean safe;
        try (Platform platform = Platform.prepare(layout, Ports.free(), Map.of()).withKafkaNodes(brokers)) {
            platform.start();
            try (Faults faults = new Faults(platform, quick)) {
                faults.setUp();
                faults.runAll();
                safe = faults.report(Path.of("bench/target/faults.json"));
            }
        } catch (Exception e) {
            // the suite itself failed (a part would not start): say so and end, rather than wait on the load's threads
            e.printStackTrace();
            System.exit(2);
            return;
        }
        System.exit(safe ? 0 : 1);
    }

    /**
     * A sender killed in the middle of an SMTP conversation leaves the mail server's handler with a reset connection,
     * which GreenMail throws out of its thread: expected here, so one line rather than a stack trace that reads like
     * a failure. Anything else as the JVM would print it.
     */
    private static void uncaught(Thread thread, Throwable error) {
        if (thread.getName().startsWith("smtp:") && error.getCause() instanceof java.net.SocketException) {
            System.out.println("  (the mail server's connection " + thread.getName().substring(5) + " was reset: "
                    + error.getCause().getMessage() + ")");
            return;
        }
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        error.printStackTrace();
    }

    /** A roster (so enquiries know the councillors and notifications their addresses) and a routing rule. */
    private void setUp() throws Exception {
        HttpCalls hr = new HttpCalls(platform.service(ServiceSpec.TRAINING).httpUrl()).as(platform.tokens().token("faults-hr", "hr"));
        Checks.expect(hr.post("/roster/import", "text/csv", RosterFile.of(PEOPLE)), 200, "roster import");
        Checks.awaitAtLeast(EnquiryStream.COUNCILLORS, () -> Checks.count(platform, "SELECT count(*) FROM enquiries.councillor"),
                Duration.ofMinutes(2));
        Checks.awaitAtLeast(PEOPLE, () -> Checks.count(platform, "SELECT count(*) FROM notifications.contact"), Duration.ofMinutes(2));
        Checks.expect(hub.postJson("/routing-rules", Map.of("category", "Highways", "department", "Environment and Place")),
                201, "routing rule");
        completionEvents = new CompletionEvents(platform.kafka().bootstrapServers());
    }

    @Override
    public void close() {
        training.shutdownNow();
        if (completionEvents != null) {
            completionEvents.close();
        }
    }

    private void runAll() throws Exception {
        run(new Fault("none (the baseline)", () -> { }, () -> { }));
        run(new Fault("notifications-service killed (SIGKILL), restarted", () -> platform.kill(ServiceSpec.NOTIFICATIONS),
                () -> platform.restart(ServiceSpec.NOTIFICATIONS), true));
        run(new Fault("enquiries-service killed (SIGKILL), restarted", () -> platform.kill(ServiceSpec.ENQUIRIES),
                () -> platform.restart(ServiceSpec.ENQUIRIES)));
        run(new Fault("training-service killed (SIGKILL), restarted", () -> platform.kill(ServiceSpec.TRAINING),
                () -> platform.restart(ServiceSpec.TRAINING)));
        run(new Fault("two replicas each, one of each killed (SIGKILL)", this::scaleOutThenKillOneOfEach,
                this::restartAndScaleIn, true));
        if (platform.kafka().size() > 1) {
            // a cluster loses a node without a pause: the quorum's leader (the cluster's metadata goes through it) dies
            run(new Fault("Kafka: the quorum leader of 3 killed, restarted", this::killQuorumLeader,
                    () -> platform.kafka().start(killedNode)));
        }
        run(new Fault(platform.kafka().size() > 1 ? "Kafka: all 3 nodes killed (SIGKILL), restarted"
                : "Kafka broker killed (SIGKILL), restarted", () -> platform.kafka().kill(), () -> platform.kafka().start()));
        run(new Fault("SMTP server down, back", () -> platform.mail().stop(), () -> platform.mail().resume()));
        run(new Fault("PostgreSQL stopped, started", platform::stopPostgres, platform::startPostgresAgain));
    }

    private void killQuorumLeader() throws InterruptedException {
        killedNode = platform.kafka().quorumLeader();
        platform.kafka().kill(killedNode);
    }

    /** The services the load passes through, each run as a deployment scaled out would run it. */
    private static final List<ServiceSpec> SCALED_OUT = List.of(ServiceSpec.TRAINING, ServiceSpec.ENQUIRIES, ServiceSpec.NOTIFICATIONS);

    /**
     * A second replica of training-, enquiries- and notifications-service joins while the load runs (Kafka moves
     * partitions to it; both dispatchers and both outbox relays run, each piece of work once between them); then one
     * replica of each dies mid-work: the second of training and enquiries (the load's calls go to the first, so the
     * first's relay must send what the dead one had locked), and the first of notifications (the second must take over
     * its partitions and its due reminders, with the load still coming).
     */
    private void scaleOutThenKillOneOfEach() throws Exception {
        platform.startReplicas(SCALED_OUT);
        Thread.sleep(quick ? 3_000 : 8_000);   // both replicas at work together
        platform.killReplica(ServiceSpec.TRAINING);
        platform.killReplica(ServiceSpec.ENQUIRIES);
        platform.kill(ServiceSpec.NOTIFICATIONS);
        consumedAtKill = consumedCompletionEvents();
    }

    /** The dead notifications replica comes back; then the second replicas leave (the live one cleanly, as a scale-in). */
    private void restartAndScaleIn() throws Exception {
        consumedAtRestart = consumedCompletionEvents();
        platform.restart(ServiceSpec.NOTIFICATIONS);
        for (ServiceSpec spec : SCALED_OUT) {
            platform.stopReplica(spec);
        }
    }

    private void run(Fault fault) throws Exception {
        // the short form (CI's) keeps each fault brief: eight of them must fit beside the build in CI's budget
        Duration before = Duration.ofSeconds(quick ? 1 : 3);
        Duration down = Duration.ofSeconds(quick ? 4 : 10);
        Duration after = Duration.ofSeconds(quick ? 1 : 5);
        System.out.printf("%s ...%n", fault.name());
        Memory memoryBefore = Memory.of(platform, ServiceSpec.NOTIFICATIONS);
        long began = System.nanoTime();
        SteadyStream stream = EnquiryStream.start(hub, PER_SECOND, fault.name());
        SteadyStream completionStream = CompletionStream.start(training, department, PEOPLE, outcomes.size(),
                LocalDate.now(platform.clock()));
        Thread.sleep(before.toMillis());
        double injected = (System.nanoTime() - began) / 1e9;
        fault.inject().run();
        Thread.sleep(down.toMillis());
        Memory memoryDown = Memory.of(platform, ServiceSpec.NOTIFICATIONS);
        long restoring = System.nanoTime();
        fault.restore().run();
        double ready = (System.nanoTime() - restoring) / 1e9;
        double answering = (System.nanoTime() - began) / 1e9;
        Thread.sleep(after.toMillis());
        stream.close();
        completionStream.close();
        long stopped = System.nanoTime();

        List<String> accepted = stream.accepted();
        acceptedSoFar.addAll(accepted);
        List<String> completed = completionStream.accepted();
        Duration limit = Duration.ofMinutes(quick ? 3 : 5);
        double delivered = awaitDelivered(accepted, limit) && awaitConsumed(completed, limit)
                ? (System.nanoTime() - stopped) / 1e9 : Double.NaN;
        // a duplicate sent on recovery would come soon after the first copy: give it time to show before counting
        Thread.sleep(quick ? 2_000 : 3_000);
        Acknowledgements counted = Acknowledgements.at(platform.mail());
        int arrived = (int) accepted.stream().filter(counted::arrived).count();
        int duplicates = accepted.stream().mapToInt(counted::duplicates).sum();
        int resent = accepted.stream().mapToInt(counted::resent).sum();
        // acknowledged, yet the call that logged it failed (answered by a service killed mid-call): the Hub would log
        // it again, so it counts neither as lost nor as a duplicate, but it is shown
        int unconfirmed = counted.referencesBeyond(acceptedSoFar).size()
                - outcomes.stream().mapToInt(Outcome::unconfirmed).sum();
        String note = fault.name().startsWith("SMTP") ? "notifications-service: " + memoryBefore + " before, " + memoryDown
                + " at the end of the outage, " + Memory.of(platform, ServiceSpec.NOTIFICATIONS) + " after"
                : fault.name().startsWith("two replicas") ? "with its first replica dead, notifications' second replica "
                + "consumed " + (consumedAtRestart - consumedAtKill) + " completion events" : "";
        Outcome outcome = new Outcome(fault.name(), accepted.size(), stream.refused(), arrived, accepted.size() - arrived,
                duplicates, resent, fault.killsSender(), unconfirmed, completions(completed, completionStream.refused()), ready,
                delivered, note);
        outcomes.add(outcome);
        Completions completions = outcome.completions();
        System.out.printf("  enquiries: sent %d, refused %d, delivered %d, lost %d, duplicates %d, resent %d; "
                        + "completions: sent %d, refused %d, consumed %d, lost %d, duplicates %d%n",
                outcome.sent(), outcome.refused(), outcome.delivered(), outcome.lost(), outcome.duplicates(), outcome.resent(),
                completions.sent(), completions.refused(), completions.consumed(), completions.lost(), completions.duplicates());
        if (outcome.refused() + completions.refused() > 0) {
            System.out.printf("  refused, as the clients saw it: enquiries %s; completions %s (the fault at %.1f s, the part "
                            + "answering again at %.1f s, the last refusals at %.1f s and %.1f s, from the calls' start)%n",
                    or(stream.refusals(), "none"), or(completionStream.refusals(), "none"), injected, answering,
                    stream.lastRefusedSeconds(), completionStream.lastRefusedSeconds());
        }
    }

    private static String or(String text, String otherwise) {
        return text.isEmpty() ? otherwise : text;
    }

    /** Counts the accepted completions whose event notifications has consumed, and those announced twice. */
    private Completions completions(List<String> accepted, int refused) {
        Map<String, Set<String>> events = completionEvents.now();
        Set<String> processed = processedCompletionEvents();
        int consumed = (int) accepted.stream().filter(id -> events.getOrDefault(id, Set.of()).stream().anyMatch(processed::contains)).count();
        int twice = accepted.stream().mapToInt(id -> Math.max(0, events.getOrDefault(id, Set.of()).size() - 1)).sum();
        return new Completions(accepted.size(), refused, consumed, accepted.size() - consumed, twice);
    }

    /** Waits until notifications has consumed an event for every accepted completion; false if the limit passed first. */
    private boolean awaitConsumed(List<String> accepted, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (completions(accepted, 0).lost() > 0) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    private long consumedCompletionEvents() {
        return Checks.count(platform, "SELECT count(*) FROM notifications.processed_event WHERE event_type = '"
                + CompletionEvents.TYPE + "'");
    }

    private Set<String> processedCompletionEvents() {
        return Set.copyOf(Checks.strings(platform, "SELECT event_id FROM notifications.processed_event WHERE event_type = '"
                + CompletionEvents.TYPE + "'"));
    }

    /** Waits until every accepted enquiry has at least one acknowledgement; false if the limit passed first. */
    private boolean awaitDelivered(List<String> accepted, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!Acknowledgements.at(platform.mail()).allArrived(accepted)) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private boolean report(Path json) throws IOException {
        String row = "%-48s %6s %8s %10s %5s %11s %7s %12s | %6s %8s %5s %11s | %9s %13s  %s%n";
        StringBuilder table = new StringBuilder(String.format("%n%-48s %-65s | %-34s |%n", "", "enquiries (acknowledgements at SMTP)",
                "completions (events consumed)"));
        table.append(String.format(row, "fault", "sent", "refused", "delivered", "lost", "duplicates", "resent", "unconfirmed",
                "sent", "refused", "lost", "duplicates", "ready in", "caught up in", "safe"));
        for (Outcome o : outcomes) {
            Completions c = o.completions();
            table.append(String.format(row, o.fault(), o.sent(), o.refused(), o.delivered(), o.lost(), o.duplicates(),
                    o.resent(), o.unconfirmed(), c.sent(), c.refused(), c.lost(), c.duplicates(),
                    String.format("%.1fs", o.readySeconds()), String.format("%.1fs", o.deliveredSeconds()), o.verdict()));
        }
        if (outcomes.stream().anyMatch(o -> o.resent() > 0 && o.safe())) {
            table.append("  * the same acknowledgement (same Message-ID) sent again: notifications was killed after the SMTP "
                    + "server had accepted it and before the commit that records it; SMTP cannot be asked whether a message "
                    + "arrived, so after a crash the one email in that moment goes again, recognisable by its Message-ID\n");
        }
        outcomes.stream().filter(o -> !o.note().isEmpty()).forEach(o -> table.append("  ").append(o.note()).append('\n'));
        table.append(String.format("(the Hub logging %.0f enquiries and a department recording %.0f completions a second "
                + "throughout; 'sent' = accepted (201, OK), each owed one acknowledgement at the SMTP server or one event that "
                + "notifications consumed; 'ready in': the part answering again after its restart began; 'caught up in': "
                + "everything delivered, counted from the last call)%n", PER_SECOND, PER_SECOND));
        System.out.println(table);
        Files.createDirectories(json.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), Map.of("quick", quick, "outcomes", outcomes));
        System.out.println("Written to " + json);
        return outcomes.stream().allMatch(Outcome::safe);
    }
}
