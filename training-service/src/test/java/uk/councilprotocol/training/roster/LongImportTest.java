package uk.councilprotocol.training.roster;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;
import uk.councilprotocol.training.TrainingFixtures;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that takes long (a large roster's import runs for seconds) holds no other request up: its work runs off the
 * server's event loop, so the health check and other callers sharing that loop are still answered. Here the server has
 * one event loop and the import is held inside PostgreSQL by a lock on the roster, for as long as the test likes.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.netty.event-loops.default.num-threads", value = "1")
class LongImportTest {
    @Inject
    EmbeddedServer server;
    @Inject
    Clock clock;

    final TestScope scope = TestScope.of(getClass());

    @Test
    void othersAreAnsweredWhileAnImportWaits() throws Exception {
        HttpCalls hr = new HttpCalls(server.getURL().toString()).as(scope.token("hr-long", "hr"));
        String roster = TrainingFixtures.smallRoster("long", LocalDate.now(clock).toString());
        // first, a call of its own: the first fetches the issuer's keys, and the request goes on on the thread that fetched them
        assertThat(hr.get("/courses").status()).isEqualTo(200);
        try (Connection blocker = scope.sql()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                // readers pass; the import's insert of its people waits
                lock.execute("LOCK TABLE training.person IN SHARE MODE");
            }
            CompletableFuture<HttpCalls.Reply> importing = CompletableFuture.supplyAsync(() -> hr.post("/roster/import", "text/csv", roster));
            Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO person %'") == 1,
                    Duration.ofSeconds(20), "the import waiting for the lock");

            assertThat(CompletableFuture.supplyAsync(() -> hr.get("/courses")).get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            assertThat(CompletableFuture.supplyAsync(() -> new HttpCalls(server.getURL().toString()).get("/health"))
                    .get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            assertThat(importing).isNotDone();

            blocker.rollback();
            HttpCalls.Reply imported = importing.get(30, TimeUnit.SECONDS);
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().get("created").asInt()).isEqualTo(5);
        }
    }
}
