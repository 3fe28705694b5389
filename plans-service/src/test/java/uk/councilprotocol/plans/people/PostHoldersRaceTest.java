package uk.councilprotocol.plans.people;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.councilprotocol.plans.PlanFixtures.importTable;

/**
 * A plan imported while a roster event naming the post's new holder is being recorded: the import waits for that
 * transaction and sees its holder. Before, each missed the other's uncommitted row and the action was left with
 * nobody to remind (the e2e plan journey failed so, now and then).
 */
@MicronautTest(transactional = false)
class PostHoldersRaceTest {
    @Inject
    EmbeddedServer server;

    final TestScope scope = TestScope.of(getClass());

    @Test
    void anImportWaitsForARosterChangeInFlightAndSeesItsPostHolder() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String post = "Head of Race Conditions " + id;
        HttpCalls standards = new HttpCalls(server.getURL().toString()).as(scope.token("mo", "standards"));

        CompletableFuture<HttpCalls.Reply> imported;
        try (Connection rosterEvent = scope.sqlAsService()) {
            // What the roster consumer does with a PersonRegistered, stopped before its commit.
            rosterEvent.setAutoCommit(false);
            try (Statement council = rosterEvent.createStatement()) {
                council.execute("SELECT set_config('app.council', 'default', false)");
                council.execute("SELECT 1 FROM pg_advisory_xact_lock(hashtext('plans.post-holders'), hashtext('default'))");
            }
            try (PreparedStatement person = rosterEvent.prepareStatement("INSERT INTO plans.person "
                    + "(person_id, full_name, email, job_title, active, updated_at) VALUES (?, ?, ?, ?, true, now())")) {
                person.setString(1, "RACE-" + id);
                person.setString(2, "Rae Holder " + id);
                person.setString(3, "race-" + id + "@eastmoor.example.gov.uk");
                person.setString(4, post);
                person.executeUpdate();
            }
            imported = CompletableFuture.supplyAsync(() -> importTable(standards,
                    "Theme\tAction\tOwner\tDue date\nSkills\tRace the roster " + id + "\t" + post + "\t31 March 2030\n",
                    Map.of("title", "Race " + id)));
            Thread.sleep(1_000);
            assertThat(imported).as("the import waits for the roster change in flight").isNotDone();
            rosterEvent.commit();
        }
        HttpCalls.Reply reply = imported.get(30, TimeUnit.SECONDS);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(scope.text("SELECT array_to_string(answered_by, ',') FROM plans.action WHERE text = 'Race the roster " + id + "'"))
                .isEqualTo("RACE-" + id);
    }
}
