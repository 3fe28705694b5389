package uk.councilprotocol.deploy;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The one-command local run: starts everything with demo data, prints every address, and stops it all
 * cleanly on Ctrl-C.
 */
public final class LocalPlatform {
    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        boolean demo = !Arrays.asList(args).contains("--no-demo");
        Layout layout = Layout.find(null);
        System.out.println("Starting the Councillor/Officer Relations platform (working folder " + layout.runDirectory() + ") ...");
        Platform platform = Platform.start(layout, Ports.standard(), Map.of());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping ...");
            platform.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "platform-stop"));
        String report = demo ? DemoData.load(platform) : null;
        printAddresses(platform, report);
        stopped.await();
    }

    private static void printAddresses(Platform platform, String demoReport) {
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
            out.append("Reminder emails for the demo roster appear in the mail page within a few seconds.\n");
        }
        String issuer = platform.tokens().url();
        out.append(String.format("%-22s %s (JWKS %s)%n", "Dev token issuer", issuer, platform.tokens().jwksUrl()));
        out.append("Every call needs a bearer token. Get one for any demo role (hr, hub, officer, councillor, standards, admin,\n")
                .append("department:<code>), e.g. HR, or Aisha Begum of the Members Support Hub:\n")
                .append("  TOKEN=$(curl -s '").append(issuer).append("/dev/token?sub=hr-demo&roles=hr' | sed 's/.*\"access_token\":\"\\([^\"]*\\).*/\\1/')\n")
                .append("  curl -H \"Authorization: Bearer $TOKEN\" localhost:8081/compliance/summary?by=department\n")
                .append("  curl -s '").append(issuer).append("/dev/token?sub=EM-0202&roles=hub,officer'\n")
                .append("A department's system uses client credentials (environment-and-place-lms / local-secret):\n")
                .append("  curl -s -d grant_type=client_credentials -d client_id=environment-and-place-lms -d client_secret=local-secret ")
                .append(issuer).append("/token\n")
                .append("  grpcurl -plaintext -H \"authorization: Bearer $TOKEN\" localhost:")
                .append(platform.service(ServiceSpec.TRAINING).grpcPort()).append(" list\n")
                .append("Press Ctrl-C to stop everything.\n");
        System.out.println(out);
    }
}
