package uk.councilprotocol.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One service in a JVM of its own, configured entirely through environment variables. */
public final class ServiceProcess implements AutoCloseable {
    /** The variable naming extra JVM options for every service (see {@link #extraOptions}). */
    public static final String JVM_OPTIONS = "SERVICE_JVM_OPTIONS";
    /** The first JDK 17 with {@code -XX:TrimNativeHeapInterval} (JDK-8293114, backported). */
    static final Runtime.Version TRIMS_NATIVE_HEAP = Runtime.Version.parse("17.0.9");

    private final ServiceSpec spec;
    private final int httpPort;
    private final int grpcPort;
    private final Process process;
    private final Path log;
    private final Optional<ClassDataSharing> sharing;
    /** When the JVM was started ({@link System#nanoTime()}), for how long it then took to answer ready. */
    private final long startedAt;
    /** Null until it first answers ready: only then does the archive it writes as it stops hold a whole start's classes. */
    private volatile Duration readyAfter;

    private ServiceProcess(ServiceSpec spec, int httpPort, int grpcPort, Process process, long startedAt, Path log,
                           Optional<ClassDataSharing> sharing) {
        this.spec = spec;
        this.startedAt = startedAt;
        this.sharing = sharing;
        this.httpPort = httpPort;
        this.grpcPort = grpcPort;
        this.process = process;
        this.log = log;
    }

    public static ServiceProcess start(Layout layout, ServiceSpec spec, int httpPort, int grpcPort,
                                       Map<String, String> environment) throws IOException {
        return start(layout, spec, httpPort, grpcPort, environment, spec.module());
    }

    /**
     * Another replica of a service, as a second pod would run: the same settings and class archive, ports of its own,
     * a log of its own ({@code <module>-<n>.log}).
     */
    public static ServiceProcess startReplica(Layout layout, ServiceSpec spec, int httpPort, int grpcPort,
                                              Map<String, String> environment, int number) throws IOException {
        return start(layout, spec, httpPort, grpcPort, environment, spec.module() + "-" + number);
    }

    private static ServiceProcess start(Layout layout, ServiceSpec spec, int httpPort, int grpcPort,
                                        Map<String, String> environment, String logName) throws IOException {
        Files.createDirectories(layout.logs());
        Path log = layout.logs().resolve(logName + ".log");
        ProcessBuilder builder = new ProcessBuilder()
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        memoryEnvironment().forEach(builder.environment()::putIfAbsent);   // unless the caller's environment says otherwise
        String classPath = layout.packagedClassPath(spec.module());
        Optional<ClassDataSharing> sharing = ClassDataSharing.of(layout.sharedClassesFolder(spec.module()), spec.module(), classPath);
        List<String> command = new ArrayList<>(List.of(KafkaNode.javaBinary()));
        command.addAll(memoryOptions(Runtime.version()));
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        sharing.ifPresent(s -> command.addAll(s.jvmOptions()));
        command.addAll(extraOptions(builder.environment(), spec));   // the launcher's own environment, or the caller's
        command.addAll(List.of("-cp", classPath, spec.mainClass()));
        builder.command(command);
        builder.environment().put("HTTP_PORT", String.valueOf(httpPort));
        builder.environment().put("GRPC_PORT", String.valueOf(grpcPort));
        long startedAt = System.nanoTime();
        return new ServiceProcess(spec, httpPort, grpcPort, builder.start(), startedAt, log, sharing);
    }

    /**
     * The heap starts small and grows with the work, then gives back what a burst took once a full collection finds it
     * free (the JVM's default first heap is a 64th of the machine's memory: 384 MB resident from the first burst on);
     * and every 5 s the C library hands back what the JVM's own native allocations freed (the compilers' arenas, a
     * burst's buffers), which it otherwise keeps — on a JDK that can (17.0.9 on), since an older one refuses to start
     * with a flag it does not know. The launcher starts the services on its own JDK, so its version is theirs.
     */
    static List<String> memoryOptions(Runtime.Version jdk) {
        List<String> options = new ArrayList<>(List.of("-Xms32m", "-Xmx384m",
                "-XX:MinHeapFreeRatio=15", "-XX:MaxHeapFreeRatio=40", "-XX:+UseSerialGC"));
        if (jdk.compareToIgnoreOptional(TRIMS_NATIVE_HEAP) >= 0) {
            options.add("-XX:TrimNativeHeapInterval=5000");
        }
        return options;
    }

    /**
     * The C library's allocator keeps a pool of memory per thread that allocates, up to eight a core, each holding on to
     * what it once held; two pools serve a service's few native allocations (the compilers' arenas, Netty's and the
     * Kafka client's buffers) as well. In the bench's runs ({@code --only none}: three with two, two without)
     * notifications-service, the largest, kept 273–280 MB at rest against 291–296 MB, and reached 290–292 MB at most
     * against 296 MB; after the full run, whose bursts grow the heap, no difference (287 against 283 MB at rest, 309
     * at most either way).
     */
    static Map<String, String> memoryEnvironment() {
        return Map.of("MALLOC_ARENA_MAX", "2");
    }

    /**
     * {@code SERVICE_JVM_OPTIONS}, after the defaults so that they win: for a profile or a measurement (a flight
     * recording, the full JIT); {@code {service}} becomes the module's name, so each JVM writes its own file.
     */
    static List<String> extraOptions(Map<String, String> environment, ServiceSpec spec) {
        String options = environment.getOrDefault(JVM_OPTIONS, "").strip();
        return options.isEmpty() ? List.of()
                : List.of(options.replace("{service}", spec.module()).split("\\s+"));
    }

    public String httpUrl() {
        return "http://localhost:" + httpPort;
    }

    public int grpcPort() {
        return grpcPort;
    }

    public Path log() {
        return log;
    }

    /** Waits until /health/readiness answers 200 (database migrated, servers up). */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new LaunchFailure(spec.module() + " stopped while starting (exit code " + process.exitValue() + "); see " + log
                        + ", which ends:\n" + lastLines(12));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(httpUrl() + "/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    if (readyAfter == null) {
                        readyAfter = Duration.ofNanos(System.nanoTime() - startedAt);
                    }
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50);   // a start is timed to this (the bench's "ready in"), and a refused connection costs nothing
        }
        throw new LaunchFailure(spec.module() + " was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    /** From starting the JVM until /health/readiness first answered 200; empty while it never has. */
    public Optional<Duration> readyAfter() {
        return Optional.ofNullable(readyAfter);
    }

    /** Whether this JVM was started on its build's class archive (the first run on a build writes it instead). */
    public boolean startedFromClassArchive() {
        return sharing.map(archive -> !archive.dumping()).orElse(false);
    }

    /** The end of the service's log, so a failed start says why where it is reported (the run folder may not be kept). */
    private String lastLines(int count) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException | RuntimeException unreadable) {
            return "(the log could not be read: " + unreadable.getMessage() + ")";
        }
    }

    /** Kills the service outright (SIGKILL: no shutdown hooks), as a crash or the kernel's OOM killer would. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        discardSharing();
    }

    /** The operating system's process, for reading its memory and threads. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Asks the service to shut down cleanly (SIGTERM) and returns at once; {@link #close()} waits for it. */
    public void askToStop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /** Asks the service to shut down cleanly, then makes sure it (and anything it started) is gone. */
    @Override
    public void close() throws InterruptedException {
        askToStop();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            discardSharing();
            return;
        }
        if (readyAfter != null) {
            keepSharing();
        } else {
            discardSharing();   // stopped while starting: the next run archives a whole start
        }
    }

    private void keepSharing() {
        try {
            if (sharing.isPresent()) {
                sharing.get().keep();
            }
        } catch (IOException e) {
            discardSharing();   // the next run writes it again
        }
    }

    private void discardSharing() {
        try {
            if (sharing.isPresent()) {
                sharing.get().discard();
            }
        } catch (IOException ignored) {
            // a stray temporary file in target/cds: removed by the next clean build
        }
    }
}
