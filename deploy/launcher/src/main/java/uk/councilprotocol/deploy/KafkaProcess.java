package uk.councilprotocol.deploy;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * A real Kafka broker (KRaft, one combined broker/controller node) in a JVM of its own, on fixed ports,
 * so that the services' class paths stay clean and it can be stopped and started again with its data.
 */
public final class KafkaProcess implements AutoCloseable {
    private final Layout layout;
    private final int port;
    private final int controllerPort;
    private final Path directory;
    private Process process;
    private boolean closed;

    public KafkaProcess(Layout layout, int port, int controllerPort) {
        this.layout = layout;
        this.port = port;
        this.controllerPort = controllerPort;
        this.directory = layout.runDirectory().resolve("kafka");
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Formats the storage (first time only) and starts the broker; returns once it answers. */
    public void start() {
        try {
            Path config = directory.resolve("server.properties");
            if (!Files.exists(config)) {
                Files.createDirectories(directory);
                Files.writeString(config, serverProperties());
                run(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                        "kafka-format.log", true);
            }
            process = run(List.of("kafka.Kafka", config.toString()), "kafka.log", false);
            awaitReady(Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new LaunchFailure("Kafka could not start (" + e.getMessage() + "); see " + layout.logs().resolve("kafka.log"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Stopped while Kafka was starting", e);
        }
    }

    /** Stops the broker and waits for it to exit (its data stays for the next start). */
    public synchronized void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        process = null;
    }

    /** Kills the broker outright (SIGKILL), as a crash would; {@link #start()} brings it back on the same data. */
    public synchronized void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    /** Stops the broker for good: a start still under way launches nothing more. */
    @Override
    public synchronized void close() throws InterruptedException {
        closed = true;
        stop();
    }

    private synchronized Process run(List<String> mainAndArgs, String logName, boolean waitForExit) throws IOException, InterruptedException {
        if (closed) {
            throw new LaunchFailure("Stopped while Kafka was starting");
        }
        Files.createDirectories(layout.logs());
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:+UseSerialGC",
                "-Dlog4j.configuration=file:" + log4jConfig(), "-cp", layout.classPath("deploy/launcher")));
        command.addAll(mainAndArgs);
        Process started = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.logs().resolve(logName).toFile()))
                .start();
        if (waitForExit && (!started.waitFor(60, TimeUnit.SECONDS) || started.exitValue() != 0)) {
            started.destroyForcibly();
            throw new LaunchFailure("Kafka's storage could not be formatted; see " + layout.logs().resolve(logName));
        }
        return started;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(props)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new LaunchFailure("Kafka exited while starting; see " + layout.logs().resolve("kafka.log"));
                }
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new LaunchFailure("Kafka was not ready within " + timeout.toSeconds() + " s; see "
                                + layout.logs().resolve("kafka.log"), notYet);
                    }
                    Thread.sleep(250);
                }
            }
        }
    }

    private String serverProperties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=3",
                "default.replication.factor=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "auto.create.topics.enable=true",
                "group.initial.rebalance.delay.ms=0",
                // the one broker is its own controller: restarted after a crash, it may register again only once its
                // old session has lapsed (9 s by default), so a short session brings it back that much sooner
                "broker.session.timeout.ms=3000",
                "broker.heartbeat.interval.ms=1000",
                "") ;
    }

    private Path log4jConfig() throws IOException {
        Path file = directory.resolve("log4j.properties");
        if (!Files.exists(file)) {
            Files.writeString(file, String.join("\n",
                    "log4j.rootLogger=WARN, stdout",
                    "log4j.appender.stdout=org.apache.log4j.ConsoleAppender",
                    "log4j.appender.stdout.layout=org.apache.log4j.PatternLayout",
                    "log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n",
                    "log4j.logger.kafka=INFO",
                    ""));
        }
        return file;
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
