package uk.councilprotocol.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.councilprotocol.deploy.Layout;
import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.ServiceSpec;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart's alert rules and Grafana dashboard watch metrics the platform really exports: every metric named in
 * {@code deploy/helm/council-protocol/files/alerts.yaml} and {@code dashboard.json} is on some deployable's
 * /prometheus once the platform has run (an alert on a misspelt or vanished metric would never fire).
 */
@ExtendWith(SharedPlatform.class)
class MonitoringTest {
    /** A metric in PromQL: a name with an underscore, not a function (followed by "(") nor a label (by "=", "!~"). */
    private static final Pattern METRIC = Pattern.compile("\\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\\b(?!\\s*[(=!~])");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyMetricTheAlertsAndTheDashboardWatchIsExported(Platform platform) throws Exception {
        Path files = Layout.find(Files.createTempDirectory("monitoring")).root().resolve("deploy/helm/council-protocol/files");
        Set<String> watched = new TreeSet<>();
        watched.addAll(metricsIn(Files.readString(files.resolve("alerts.yaml")).lines()
                .filter(line -> line.strip().startsWith("expr:")).collect(Collectors.joining("\n"))));
        watched.addAll(metricsIn(Files.readString(files.resolve("dashboard.json")).lines()
                .filter(line -> line.contains("\"expr\"") || line.contains("\"query\": \"label_values"))
                .collect(Collectors.joining("\n"))));
        assertThat(watched).as("metrics found in the rules and dashboard").contains("outbox_pending", "console_sign_ins_total");

        // a sign-in refused, so the console's counter exists (as it does once anyone has signed in)
        String console = platform.service(ServiceSpec.CONSOLE).httpUrl();
        get(console + "/oauth/callback/council?code=x&state=y");
        Set<String> missing = missing(watched, platform);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();   // consumers report lag once they have fetched
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            missing = missing(watched, platform);
        }
        assertThat(missing).as("metrics the alerts or the dashboard name that no deployable exports").isEmpty();
    }

    private Set<String> missing(Set<String> watched, Platform platform) {
        Set<String> notExported = new TreeSet<>(watched);
        for (ServiceSpec spec : ServiceSpec.ALL) {
            notExported.removeAll(get(platform.service(spec).httpUrl() + "/prometheus").lines().filter(line -> !line.startsWith("#"))
                    .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet()));
        }
        return notExported;
    }

    static Set<String> metricsIn(String promql) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = METRIC.matcher(promql);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private String get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(url, e);
        }
    }
}
