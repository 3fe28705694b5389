package uk.councilprotocol.notifications.inbox;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.testkit.HttpCalls;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer loops the service runs, as /prometheus shows them: training's events (a whole roster's at once) get the
 * service's three loops, enquiries' and plans' (people's pace) one each; every loop reports its lag, and one thread
 * refreshes all their client metrics, not one thread a loop.
 */
@MicronautTest(transactional = false)
class ConsumerLoopsTest {
    private static final Pattern CLIENT = Pattern.compile(
            "^kafka_consumer_fetch_manager_records_lag_max\\{.*client_id=\"consumer-[^\"]*notifications-service\\.(\\w+)-(\\d+)\"");

    @Inject
    EmbeddedServer server;

    @Test
    void eachSubscriptionRunsItsLoopsAndEveryLoopReportsItsLag() {
        HttpCalls.Reply metrics = new HttpCalls(server.getURL().toString()).get("/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        Map<String, Set<String>> loops = new TreeMap<>();
        metrics.body().lines().map(CLIENT::matcher).filter(Matcher::find)
                .forEach(m -> loops.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2)));
        assertThat(loops).containsOnlyKeys("training", "enquiries", "plans");
        assertThat(loops.get("training")).hasSize(3);
        assertThat(loops.get("enquiries")).hasSize(1);
        assertThat(loops.get("plans")).hasSize(1);
    }

    @Test
    void oneThreadRefreshesEveryLoopsClientMetrics() {
        Set<String> names = new TreeSet<>();
        Thread.getAllStackTraces().keySet().forEach(thread -> names.add(thread.getName()));
        assertThat(names).contains("kafka-client-metrics");
        assertThat(names).noneMatch(name -> name.startsWith("micrometer-kafka-metrics"));
    }
}
