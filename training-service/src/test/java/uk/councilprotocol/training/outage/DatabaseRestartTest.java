package uk.councilprotocol.training.outage;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.context.annotation.Property;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.ComplianceGrpc;
import uk.councilprotocol.contracts.training.v1.GetPersonComplianceRequest;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.PostgresServer;
import uk.councilprotocol.testkit.TestScope;
import uk.councilprotocol.training.TrainingFixtures;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL restarted under a running service ends every connection in its pool. A call that meets one of those
 * (used a moment before, so the pool does not check it first) is told to try again — HTTP 503 with
 * {@code Retry-After}, gRPC {@code UNAVAILABLE} — never given an internal error — and that call has the pool renewed,
 * so the service answers again at the next, without being restarted. Two pooled connections, few enough that the call
 * after the restart meets an ended one (with one, the service's start, which holds a connection while it asks for
 * another, waits).
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.maximum-pool-size", value = "" + DatabaseRestartTest.POOLED_CONNECTIONS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRestartTest {
    static final String PERSON = "outage-OFF";
    static final int POOLED_CONNECTIONS = 2;

    @Inject
    EmbeddedServer server;
    @Inject
    GrpcEmbeddedServer grpcServer;
    @Inject
    Clock clock;

    final TestScope scope = TestScope.of(getClass());
    final HttpClient http = HttpClient.newHttpClient();
    ManagedChannel channel;
    /** The administrator's connection, which ends the service's as a restart would. */
    Connection admin;

    @BeforeAll
    void importRoster() throws SQLException {
        admin = scope.sql();
        channel = GrpcCalls.channel(grpcServer.getPort());
        HttpCalls.Reply reply = new HttpCalls(server.getURL().toString()).as(hr())
                .post("/roster/import", "text/csv", TrainingFixtures.smallRoster("outage", LocalDate.now(clock).toString()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @AfterAll
    void close() throws Exception {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        admin.close();
    }

    String hr() {
        return scope.token("hr-amy", "hr");
    }

    @Test
    void anHttpCallMeetingAConnectionTheRestartEndedIsAskedToTryAgain() {
        List<HttpResponse<String>> afterRestarts = callsJustAfterRestarts(this::compliance, r -> r.statusCode() == 503);

        assertThat(afterRestarts).as("never an internal error").allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 503));
        HttpResponse<String> refused = afterRestarts.stream().filter(r -> r.statusCode() == 503).findFirst().orElseThrow();
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(refused.body()).contains("cannot reach its database just now");
        assertThat(untilAnswered(this::compliance, r -> r.statusCode() == 200)).as("the service not restarted")
                .allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 503)).last().satisfies(r -> assertThat(r.statusCode()).isEqualTo(200));
    }

    @Test
    void aGrpcCallMeetingAConnectionTheRestartEndedIsUnavailableWhichClientsRetry() {
        List<Status.Code> afterRestarts = callsJustAfterRestarts(this::grpcCompliance, code -> code == Status.Code.UNAVAILABLE);

        assertThat(afterRestarts).as("never an internal error").allSatisfy(code -> assertThat(code).isIn(Status.Code.OK, Status.Code.UNAVAILABLE));
        assertThat(afterRestarts).contains(Status.Code.UNAVAILABLE);
        assertThat(untilAnswered(this::grpcCompliance, code -> code == Status.Code.OK)).as("the service not restarted")
                .allSatisfy(code -> assertThat(code).isIn(Status.Code.UNAVAILABLE, Status.Code.OK)).endsWith(Status.Code.OK);
    }

    /**
     * A connection PostgreSQL ends just after the work on it committed, as it is given back (here: ended by the very
     * statement that gives back its council), fails nothing: the change stands and the caller is told so, not asked to
     * try again — which would record a department's change twice where it is not idempotent.
     */
    @Test
    void aChangeCommittedJustBeforeItsConnectionIsEndedIsAnswered() throws SQLException {
        String completion = "{\"personId\":\"outage-CE\",\"courseCode\":\"NOLAN_PRINCIPLES\",\"completedOn\":\""
                + LocalDate.now(clock) + "\",\"provider\":\"The Monitoring Officer's briefing\"}";
        HttpCalls.Reply recorded;
        try (Statement sql = admin.createStatement()) {
            sql.execute("ALTER FUNCTION training.leave_council() RENAME TO leave_council_kept");
            sql.execute("CREATE FUNCTION training.leave_council() RETURNS void LANGUAGE sql AS 'SELECT pg_terminate_backend(pg_backend_pid())'");
            try {
                recorded = new HttpCalls(server.getURL().toString()).as(hr()).post("/completions", "application/json", completion);
            } finally {
                sql.execute("DROP FUNCTION training.leave_council()");
                sql.execute("ALTER FUNCTION training.leave_council_kept() RENAME TO leave_council");
            }
        }

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(scope.count("SELECT count(*) FROM training.completion WHERE person_id = 'outage-CE' AND course_code = 'NOLAN_PRINCIPLES'"))
                .isEqualTo(1);
        assertThat(untilAnswered(this::compliance, r -> r.statusCode() == 200)).last()
                .satisfies(r -> assertThat(r.statusCode()).isEqualTo(200));
    }

    /**
     * Under load each pooled connection was lent a moment before, so none is checked as it is lent again: the first call
     * to meet an ended one has the pool renewed, and the next call is answered — one refusal, not one for each
     * connection the restart ended. Three times over (the service's own jobs may meet an ended connection first).
     */
    @Test
    void onceACallMeetsAnEndedConnectionThePoolIsRenewedAndTheNextIsAnswered() throws Exception {
        for (int round = 1; round <= 3; round++) {
            everyConnectionLentJustNow();
            endTheServicesConnections();

            List<Status.Code> answers = untilAnswered(this::grpcCompliance, code -> code == Status.Code.OK);

            assertThat(answers).as("round %d: answered again", round).endsWith(Status.Code.OK);
            assertThat(answers).as("round %d: the calls refused before one was answered", round)
                    .filteredOn(code -> code != Status.Code.OK).hasSizeLessThanOrEqualTo(1);
        }
    }

    /** Calls side by side, four times as many as the pool holds, so that each of its connections was lent just now. */
    void everyConnectionLentJustNow() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(POOLED_CONNECTIONS * 4);
        try {
            List<Future<Status.Code>> calls = new ArrayList<>();
            for (int i = 0; i < POOLED_CONNECTIONS * 8; i++) {
                calls.add(callers.submit(this::grpcCompliance));
            }
            for (Future<Status.Code> call : calls) {
                assertThat(call.get()).isEqualTo(Status.Code.OK);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    /**
     * Calls once, ends the service's connections as a restart of PostgreSQL does, and calls again at once; up to ten
     * times, until a call meets an ended connection (the service's own jobs may meet it first). Answers what each
     * second call got.
     */
    <T> List<T> callsJustAfterRestarts(Supplier<T> call, Predicate<T> refused) {
        List<T> answers = new ArrayList<>();
        for (int attempt = 0; attempt < 10 && answers.stream().noneMatch(refused); attempt++) {
            call.get();
            endTheServicesConnections();
            answers.add(call.get());
        }
        return answers;
    }

    /**
     * Calls until answered, at most once for each pooled connection and once more: were the pool not renewed, each
     * connection the restart ended would refuse the one call that meets it, so even then the service answers within that
     * many, and the refusals among them can be counted.
     */
    static <T> List<T> untilAnswered(Supplier<T> call, Predicate<T> answered) {
        List<T> answers = new ArrayList<>();
        for (int calls = 0; calls < POOLED_CONNECTIONS + 1 && answers.stream().noneMatch(answered); calls++) {
            answers.add(call.get());
        }
        return answers;
    }

    /**
     * What PostgreSQL's restart does to the service: every connection it holds ended (SQLSTATE 57P01). Each one is
     * waited for until gone (the timeout argument), on a connection kept open, so the call after comes at once; one
     * the pool closed meanwhile (renewing itself after the round before) is simply gone already.
     */
    void endTheServicesConnections() {
        try (PreparedStatement end = admin.prepareStatement("SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND usename = ?")) {
            end.setString(1, PostgresServer.SERVICE_ROLE);
            end.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> compliance() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/compliance/people/" + PERSON))
                    .header("Authorization", "Bearer " + hr()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Status.Code grpcCompliance() {
        try {
            GrpcCalls.withToken(ComplianceGrpc.newBlockingStub(channel), hr()).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .getPersonCompliance(GetPersonComplianceRequest.newBuilder().setPersonId(PERSON).build());
            return Status.Code.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode();
        }
    }
}
