package uk.councilprotocol.training.completions;

import io.grpc.ManagedChannel;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.contracts.training.v1.CompletionRecorded;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.platform.events.EventRoutes;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;
import uk.councilprotocol.testkit.TraceParent;
import uk.councilprotocol.training.TrainingFixtures;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department's call that records a completion carries its trace (W3C traceparent) into the event it causes, so that
 * notifications' work on the event — and the reminders it cancels or the email it sends — is in the same trace.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionTraceTest {
    private static final String COMPLETION_RECORDED = EventRoutes.typeOf(CompletionRecorded.getDefaultInstance());

    @Inject
    EmbeddedServer server;
    @Inject
    GrpcEmbeddedServer grpcServer;
    @Inject
    Clock clock;

    ManagedChannel channel;
    final TestScope scope = TestScope.of(getClass());

    @BeforeAll
    void importRoster() {
        channel = GrpcCalls.channel(grpcServer.getPort());
        HttpCalls.Reply reply = new HttpCalls(server.getURL().toString()).as(scope.token("hr-amy", "hr"))
                .post("/roster/import", "text/csv", TrainingFixtures.smallRoster("trace", LocalDate.now(clock).toString()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @AfterAll
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aCompletionRecordedOverGrpcCarriesTheCallersTraceToItsEvent() {
        String caller = TraceParent.random();
        try (EventProbe events = scope.probe("training.events.v1")) {
            var completions = GrpcCalls.inTrace(GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(channel),
                    scope.token("lms", "hr")), caller).withDeadlineAfter(10, TimeUnit.SECONDS);
            String id = completions.recordCompletion(RecordCompletionRequest.newBuilder().setPersonId("trace-CLLR1")
                    .setCourseCode("NOLAN_PRINCIPLES").setCompletedOn(LocalDate.now(clock).toString())
                    .setProvider("Independent facilitator").build()).getCompletion().getId();

            String traceParent = traceParentOf(events, id);
            assertThat(TraceParent.traceId(traceParent)).as("the caller's trace").isEqualTo(TraceParent.traceId(caller));
            assertThat(TraceParent.spanId(traceParent)).as("a span of the service's own, inside the caller's")
                    .isNotEqualTo(TraceParent.spanId(caller));
        }
    }

    @Test
    void aCompletionRecordedOverHttpCarriesTheCallersTraceToItsEvent() {
        String caller = TraceParent.random();
        try (EventProbe events = scope.probe("training.events.v1")) {
            HttpCalls.Reply reply = new HttpCalls(server.getURL().toString()).as(scope.token("hr-amy", "hr")).inTrace(caller)
                    .postJson("/completions", Map.of("personId", "trace-CLLR2", "courseCode", "NOLAN_PRINCIPLES",
                            "completedOn", LocalDate.now(clock).toString(), "provider", "Independent facilitator"));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);

            String traceParent = traceParentOf(events, reply.json().at("/completion/id").asText());
            assertThat(TraceParent.traceId(traceParent)).isEqualTo(TraceParent.traceId(caller));
        }
    }

    @Test
    void aCallFromOutsideAnyTraceStartsOneOfItsOwn() {
        try (EventProbe events = scope.probe("training.events.v1")) {
            HttpCalls.Reply reply = new HttpCalls(server.getURL().toString()).as(scope.token("hr-amy", "hr"))
                    .postJson("/completions", Map.of("personId", "trace-OFF", "courseCode", "NOLAN_PRINCIPLES",
                            "completedOn", LocalDate.now(clock).toString(), "provider", "Independent facilitator"));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);

            assertThat(traceParentOf(events, reply.json().at("/completion/id").asText()))
                    .as("a new trace: W3C traceparent, sampled").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        }
    }

    /** The traceparent of the CompletionRecorded event for this completion (its payload names the completion's id). */
    private static String traceParentOf(EventProbe events, String completionId) {
        List<ConsumerRecord<String, byte[]>> found = events.await(r -> COMPLETION_RECORDED.equals(
                CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE))
                && new String(r.value(), java.nio.charset.StandardCharsets.ISO_8859_1).contains(completionId), 1, Duration.ofSeconds(20));
        String traceParent = CloudEventHeaders.get(found.get(0).headers(), CloudEventHeaders.TRACE_PARENT);
        assertThat(traceParent).as("the event's ce_traceparent").isNotNull();
        return traceParent;
    }
}
