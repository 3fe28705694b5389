package uk.councilprotocol.deploy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one-command local run: starts everything with demo data, prints every address, and stops it all cleanly on
 * Ctrl-C or SIGTERM. A start that fails stops whatever it had started, prints one line naming the cause and what to
 * do, and exits non-zero. {@code --smoke} (what CI runs) checks every service once and exits by itself.
 */
public final class LocalPlatform {
    private LocalPlatform() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Platform platform = null;
        StopOnSignal stop = null;
        Layout layout = null;
        try {
            LaunchOptions options = LaunchOptions.parse(args);
            layout = Layout.find(options.runDirectory());
            Ports ports = Ports.standard().shifted(options.portOffset());
            ports.requireFree();
            Map<String, String> environment = options.clockStart() == null ? Map.of()
                    : Map.of("PLATFORM_CLOCK_START", options.clockStart().toString());
            platform = Platform.prepare(layout, ports, environment);
            stop = StopOnSignal.install(platform);
            System.out.println("Starting the Councillor/Officer Relations platform (working folder " + layout.runDirectory() + ")"
                    + (options.clockStart() == null ? "" : ", its clocks set to " + options.clockStart()) + " ...");
            platform.start();
            String report = options.demo() ? DemoData.load(platform) : null;
            printAddresses(platform, report, options.smoke());
            if (options.smoke()) {
                for (String line : SmokeCheck.run(platform)) {
                    System.out.println("  smoke check: " + line);
                }
                System.out.println("Smoke check passed; stopping.");
                return 0;
            }
            stop.startEnded();
            stop.awaitSignal();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (Exception | Error e) {
            if (stop != null && stop.signalled()) {
                return 1;
            }
            System.err.println("Could not start the platform: " + describe(e, layout));
            return 1;
        } finally {
            if (stop != null && !stop.signalled()) {
                stop.finished();
            }
            if (stop != null) {
                stop.startEnded();
            }
            if (platform != null) {
                platform.close();
            }
        }
    }

    /** The one line for a failure: a {@link LaunchFailure} says it all; anything else is a fault, kept in full in a file. */
    private static String describe(Throwable failure, Layout layout) {
        if (failure instanceof LaunchFailure) {
            return failure.getMessage();
        }
        try {
            Path file = (layout == null ? Path.of(System.getProperty("java.io.tmpdir")) : layout.logs()).resolve("launcher-failure.log");
            Files.createDirectories(file.getParent());
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            Files.writeString(file, trace.toString());
            return failure + " (the details are in " + file + ")";
        } catch (IOException e) {
            return failure.toString();
        }
    }

    private static void printAddresses(Platform platform, String demoReport, boolean smoke) {
        StringBuilder out = new StringBuilder("\n=== The platform is up ===\n");
        out.append(String.format("%-22s %s   (sign in as any demo user)%n", "WEB CONSOLE", platform.service(ServiceSpec.CONSOLE).httpUrl()));
        for (ServiceSpec spec : ServiceSpec.ALL.stream().filter(ServiceSpec::ownsSchema).toList()) {
            ServiceProcess service = platform.service(spec);
            out.append(String.format("%-22s HTTP %s   gRPC localhost:%d   health %s/health   metrics %s/prometheus%n",
                    spec.module(), service.httpUrl(), service.grpcPort(), service.httpUrl(), service.httpUrl()));
        }
        out.append(String.format("%-22s %s%n", "Mail (read it here)", platform.mailViewerUrl()));
        out.append(String.format("%-22s localhost:%d%n", "SMTP", platform.mail().smtpPort()));
        out.append(String.format("%-22s %s%n", "Kafka", platform.kafka().bootstrapServers()));
        out.append(String.format("%-22s %s (user/password per service: training/local-training, ...)%n", "PostgreSQL",
                platform.postgres().jdbcUrl(Platform.DATABASE)));
        out.append(String.format("%-22s %s%n", "Logs", platform.layout().logs()));
        if (demoReport != null) {
            out.append("Demo data (Borough of Eastmoor) loaded: ").append(demoReport).append('\n');
            out.append("A second council shares the platform: Glenmoor (Scotland); sign in as one of its people, or add\n")
                    .append("&council=glenmoor to a dev token. Neither council sees the other's data.\n");
            out.append("Reminder emails for the demo roster appear in the mail page within a few seconds.\n");
        }
        String issuer = platform.tokens().url();
        out.append(String.format("%-22s %s (JWKS %s)%n", "Dev token issuer", issuer, platform.tokens().jwksUrl()));
        out.append("Every call needs a bearer token. Get one for any demo role (hr, hub, officer, councillor, standards, admin,\n")
                .append("department:<code>), e.g. HR, or Aisha Begum of the Members Support Hub:\n")
                .append("  TOKEN=$(curl -s '").append(issuer).append("/dev/token?sub=hr-demo&roles=hr' | sed 's/.*\"access_token\":\"\\([^\"]*\\).*/\\1/')\n")
                .append("  curl -H \"Authorization: Bearer $TOKEN\" ").append(platform.service(ServiceSpec.TRAINING).httpUrl())
                .append("/compliance/summary?by=department\n")
                .append("  curl -s '").append(issuer).append("/dev/token?sub=EM-0202&roles=hub,officer'\n")
                .append("A department's system uses client credentials (environment-and-place-lms / local-secret):\n")
                .append("  curl -s -d grant_type=client_credentials -d client_id=environment-and-place-lms -d client_secret=local-secret ")
                .append(issuer).append("/token\n")
                .append("  grpcurl -plaintext -H \"authorization: Bearer $TOKEN\" localhost:")
                .append(platform.service(ServiceSpec.TRAINING).grpcPort()).append(" list\n")
                .append(smoke ? "" : "Press Ctrl-C to stop everything.\n");
        System.out.println(out);
    }
}
