package uk.councilprotocol.e2e.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.councilprotocol.deploy.DemoDates;
import uk.councilprotocol.deploy.Layout;
import uk.councilprotocol.deploy.Ports;
import uk.councilprotocol.deploy.ServiceSpec;
import uk.councilprotocol.platform.time.BankHolidayFile;
import uk.councilprotocol.platform.time.WorkingDayCalendar;
import uk.councilprotocol.testkit.HttpCalls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command as a person runs it: the launcher in a process of its own, on ports of its own, with
 * its clock pinned to a day that broke it before. Whatever ends it (a signal, a failure), no process it started is
 * left running. Its smoke mode (load the demo, check every service, stop, exit 0) is CI's own step after the tests
 * ({@code deploy/run-local.sh --smoke} in .ci/run), so it is not started a second time here.
 */
class LauncherProcessTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Duration START_LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path runDirectory;

    /** The launcher a test started: stopped after it whatever happened, so a failed assertion leaves nothing running. */
    Launcher launcher;

    @AfterEach
    void stopTheLauncher() throws InterruptedException {
        if (launcher != null && launcher.process.isAlive()) {
            launcher.process.toHandle().destroy();
            if (!launcher.process.waitFor(60, TimeUnit.SECONDS)) {
                launcher.process.destroyForcibly();
            }
        }
    }

    @Test
    void onGoodFriday2027TheDemoLoadsWithItsDeadlinesOnWorkingDaysAndSigtermLeavesNoProcess() throws Exception {
        int offset = freePortOffset();
        launcher = Launcher.start(runDirectory, "--today", "2027-03-26", "--port-offset", String.valueOf(offset));
        // The addresses come as one block; its last line means the reader has the whole of it.
        launcher.awaitLine("Press Ctrl-C to stop everything.", START_LIMIT);
        assertThat(launcher.output()).contains("=== The platform is up ===")
                .anyMatch(line -> line.startsWith("Demo data (Borough of Eastmoor) loaded"));

        Ports ports = Ports.standard().shifted(offset);
        String token = new HttpCalls("http://localhost:" + ports.tokenIssuer()).get("/dev/token?sub=EM-0202&roles=hub,officer")
                .json().get("access_token").asText();
        JsonNode enquiries = new HttpCalls("http://localhost:" + ports.http().get(ServiceSpec.ALL.indexOf(ServiceSpec.ENQUIRIES))).as(token).get("/enquiries?includeResponded=true").json();
        JsonNode heldOver = StreamSupport.stream(enquiries.spliterator(), false)
                .filter(e -> e.get("subject").asText().equals("Pothole on Mill Lane")).findFirst().orElseThrow();
        WorkingDayCalendar calendar = BankHolidayFile.bundled("england-and-wales", ObjectMapper.getDefault());
        LocalDate expected = DemoDates.choose(LocalDate.of(2027, 3, 26).atTime(10, 0).atZone(LONDON), calendar).holdingReplyDue();
        assertThat(heldOver.get("dueDate").asText()).isEqualTo(expected.toString());
        assertThat(calendar.isWorkingDay(expected)).isTrue();

        Set<ProcessHandle> children = launcher.children();
        assertThat(children).hasSizeGreaterThanOrEqualTo(6);   // Kafka and five services at least
        launcher.process.toHandle().destroy();   // SIGTERM, as a service manager sends (and keeps reading what it prints)
        assertThat(launcher.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertNothingLeft(launcher, children);
        assertThat(launcher.output()).contains("Stopped.");
    }

    @Test
    void aPortInUseStopsTheStartAtOnceWithOneLineNamingItAndHowToChooseAnother() throws Exception {
        int offset = freePortOffset();
        int smtp = Ports.standard().shifted(offset).smtp();
        try (ServerSocket taken = new ServerSocket(smtp)) {
            launcher = Launcher.start(runDirectory, "--port-offset", String.valueOf(offset));
            assertThat(launcher.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(launcher.process.exitValue()).isEqualTo(1);
            List<String> errors = launcher.output().stream().filter(line -> line.startsWith("Could not start the platform")).toList();
            assertThat(errors).singleElement().asString().contains("Port " + smtp + " (SMTP) is already in use", "--port-offset");
            assertThat(launcher.output()).noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
            assertNothingLeft(launcher, Set.of());
        }
    }

    @Test
    void anOlderJavaIsNamedBeforeAnythingIsBuilt() throws Exception {
        Path bin = Files.createDirectories(runDirectory.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho '    java.specification.version = 11' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder script = new ProcessBuilder("bash", "deploy/run-local.sh").directory(Layout.find(null).root().toFile())
                .redirectErrorStream(true);
        script.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = script.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output).isEqualTo("Could not start the platform: Java 11 is on the PATH, and 17 or newer is needed; "
                + "set JAVA_HOME and PATH to a JDK 17");
    }

    @Test
    void sigtermWhileTheServicesAreStartingLeavesNoProcess() throws Exception {
        launcher = Launcher.start(runDirectory, "--no-demo", "--port-offset", String.valueOf(freePortOffset()));
        launcher.awaitLine("starting the services", START_LIMIT);
        Thread.sleep(1500);   // some service JVMs launched, none ready
        Set<ProcessHandle> children = launcher.children();
        launcher.process.toHandle().destroy();
        assertThat(launcher.process.waitFor(90, TimeUnit.SECONDS)).as(launcher.tail()).isTrue();
        assertNothingLeft(launcher, children);
    }

    /** Neither a process the launcher started nor any process working in its run folder (PostgreSQL, Kafka) is alive. */
    private void assertNothingLeft(Launcher launcher, Set<ProcessHandle> seen) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<String> alive = new ArrayList<>();
        do {
            alive.clear();
            for (ProcessHandle process : seen) {
                if (process.isAlive()) {
                    alive.add(process.pid() + " " + process.info().commandLine().orElse("?"));
                }
            }
            ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(runDirectory.toString()))
                    .forEach(p -> alive.add(p.pid() + " " + p.info().commandLine().orElse("?")));
            if (alive.isEmpty()) {
                return;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        assertThat(alive).as("processes left behind; launcher said:%n%s", launcher.tail()).isEmpty();
    }

    /**
     * A port offset whose every port is free here, so the test never meets a platform a person is running. The offsets
     * (100–900) keep every port below 20,000: under the band FreePorts hands the other test JVMs' servers (20,000 up)
     * and the system's ephemeral range, so none is taken between this check and the launcher's bind (an offset of
     * 20,000 up had put plans-service's ports in FreePorts' band, and once another JVM's server took one meanwhile).
     */
    static int freePortOffset() {
        int first = (int) (ProcessHandle.current().pid() % 9);
        for (int i = 0; i < 9; i++) {
            int offset = 100 * (1 + (first + i) % 9);
            if (Ports.standard().shifted(offset).firstInUse().isEmpty()) {
                return offset;
            }
        }
        throw new IllegalStateException("No free range of ports");
    }

    /** The launcher as run-local.sh runs it (after its build), its output gathered line by line. */
    record Launcher(Process process, List<String> lines, Set<ProcessHandle> everSeen, Thread reader) {

        static Launcher start(Path runDirectory, String... args) throws IOException {
            Layout layout = Layout.find(runDirectory);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", layout.classPath("deploy/launcher"), "uk.councilprotocol.deploy.LocalPlatform", "--run-dir", runDirectory.toString()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).directory(layout.root().toFile()).redirectErrorStream(true).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Set<ProcessHandle> everSeen = ConcurrentHashMap.newKeySet();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                        everSeen.addAll(process.descendants().toList());
                    }
                } catch (IOException ignored) {
                    // the launcher has gone
                }
            }, "launcher-output");
            reader.setDaemon(true);
            reader.start();
            return new Launcher(process, lines, everSeen, reader);
        }

        /** What it printed: all of it, once it has exited. */
        List<String> output() throws InterruptedException {
            if (!process.isAlive()) {
                reader.join(5000);
            }
            return List.copyOf(lines);
        }

        Set<ProcessHandle> children() {
            everSeen.addAll(process.descendants().toList());
            return Set.copyOf(everSeen);
        }

        void awaitLine(String text, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (lines.stream().noneMatch(line -> line.contains(text))) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("The launcher never printed '" + text + "':\n" + tail());
                }
                Thread.sleep(200);
            }
        }

        String tail() throws InterruptedException {
            List<String> all = output();
            return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
        }
    }
}
