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
import java.util.concurrent.TimeUnit;

/** One service in a JVM of its own, configured entirely through environment variables. */
public final class ServiceProcess implements AutoCloseable {
    private final ServiceSpec spec;
    private final int httpPort;
    private final int grpcPort;
    private final Process process;
    private final Path log;

    private ServiceProcess(ServiceSpec spec, int httpPort, int grpcPort, Process process, Path log) {
        this.spec = spec;
        this.httpPort = httpPort;
        this.grpcPort = grpcPort;
        this.process = process;
        this.log = log;
    }

    public static ServiceProcess start(Layout layout, ServiceSpec spec, int httpPort, int grpcPort,
                                       Map<String, String> environment) throws IOException {
        Files.createDirectories(layout.logs());
        Path log = layout.logs().resolve(spec.module() + ".log");
        List<String> command = new ArrayList<>(List.of(KafkaProcess.javaBinary(), "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", layout.classPath(spec.module()), spec.mainClass()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("HTTP_PORT", String.valueOf(httpPort));
        builder.environment().put("GRPC_PORT", String.valueOf(grpcPort));
        return new ServiceProcess(spec, httpPort, grpcPort, builder.start(), log);
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
                throw new LaunchFailure(spec.module() + " stopped while starting (exit code " + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(httpUrl() + "/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new LaunchFailure(spec.module() + " was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    /** Asks the service to shut down cleanly, then makes sure it (and anything it started) is gone. */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
