package uk.councilprotocol.deploy;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of the local Kafka cluster (KRaft, broker and controller in one) in a JVM of its own, on fixed ports, so
 * that the services' class paths stay clean and it can be killed and started again on its data.
 */
final class KafkaNode {
    private final Layout layout;
    private final int id;
    private final int port;
    private final int controllerPort;
    private final String name;
    private final Path directory;
    private Process process;
    private boolean closed;

    /** {@code name}: "kafka" for a single broker (its folder and log as before), "kafka-2" for a cluster's second. */
    KafkaNode(Layout layout, int id, int port, int controllerPort, String name) {
        this.layout = layout;
        this.id = id;
        this.port = port;
        this.controllerPort = controllerPort;
        this.name = name;
        this.directory = layout.runDirectory().resolve(name);
    }

    int id() {
        return id;
    }

    String address() {
        return "localhost:" + port;
    }

    String voter() {
        return id + "@localhost:" + controllerPort;
    }

    Path log() {
        return layout.logs().resolve(name + ".log");
    }

    boolean isAlive() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** Formats the node's storage the first time (every node of a cluster with the same cluster id) and starts it. */
    synchronized void launch(String clusterId, String settings) throws IOException, InterruptedException {
        if (closed) {
            throw new LaunchFailure("Stopped while Kafka was starting");
        }
        Path config = directory.resolve("server.properties");
        if (!Files.exists(config)) {
            Files.createDirectories(directory);
            Files.writeString(config, ownSettings() + settings);
            Process format = run(List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString()),
                    layout.logs().resolve(name + "-format.log"));
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new LaunchFailure("Kafka's storage could not be formatted; see " + layout.logs().resolve(name + "-format.log"));
            }
        }
        process = run(List.of("kafka.Kafka", config.toString()), log());
    }

    /** Stops the node and waits for it to exit (its data stays for the next start). */
    synchronized void stop() throws InterruptedException {
        if (isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        process = null;
    }

    /** Kills the node outright (SIGKILL), as a crash would. */
    synchronized void kill() throws InterruptedException {
        if (isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    /** Stops the node for good: a start still under way launches nothing more. */
    synchronized void close() throws InterruptedException {
        closed = true;
        stop();
    }

    private String ownSettings() {
        return String.join("\n",
                "node.id=" + id,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "log.dirs=" + directory.resolve("data"),
                "");
    }

    private Process run(List<String> mainAndArgs, Path logFile) throws IOException {
        Files.createDirectories(layout.logs());
        // C1 only, as the services run here: a node starts (and restarts in the fault suite) without C2 threads taking
        // a core; the loads run here are small for a broker
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j.configuration=file:" + log4jConfig(), "-cp", layout.classPath("deploy/launcher")));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
    }

    private Path log4jConfig() throws IOException {
        Path file = directory.resolve("log4j.properties");
        if (!Files.exists(file)) {
            Files.createDirectories(directory);
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

    static String newClusterId() {
        return Uuid.randomUuid().toString();
    }
}
