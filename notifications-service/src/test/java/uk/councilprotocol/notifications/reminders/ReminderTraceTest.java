package uk.councilprotocol.notifications.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;
import uk.councilprotocol.testkit.TraceParent;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.councilprotocol.notifications.TrainingEvents.TOPIC;

/**
 * One trace from a department's call to the email: an event that arrives in a trace (its ce_traceparent) is processed
 * in it; the reminders it plans keep it, and their email is sent in it; reminders it cancels take its trace.
 */
// Its outcome depends on the business date: CI runs it again with the clock pinned to awkward days (.ci/run).
@Tag("business-date")
@MicronautTest(transactional = false)
class ReminderTraceTest {
    @Inject
    EmbeddedServer server;
    @Inject
    Clock clock;
    @Inject
    RecordedSpans spans;

    final TestScope scope = TestScope.of(getClass());

    @Test
    void theEmailAnAssignmentCausesIsSentInTheTraceOfTheCallThatAssignedIt() throws Exception {
        String person = "trace-" + UUID.randomUUID();
        String assignment = UUID.randomUUID().toString();
        String assigned = TraceParent.random();
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Tia Trace", person + "@example.gov.uk", null));
        // due in five days: the seven-day reminder's time has passed, so it goes at once
        scope.publishInTrace(TOPIC, person, TrainingEvents.assignment(assignment, person, LocalDate.now(clock).plusDays(5)),
                assigned);

        scope.mail().awaitMailbox(person + "@example.gov.uk", 1, Duration.ofSeconds(20));
        JsonNode sent = Eventually.get(() -> remindersOf(assignment).stream()
                .filter(r -> r.get("status").asText().equals("SENT")).findFirst().orElse(null),
                Duration.ofSeconds(10), () -> "a sent reminder for " + assignment);
        assertThat(TraceParent.traceId(sent.get("traceParent").asText())).isEqualTo(TraceParent.traceId(assigned));

        String trace = TraceParent.traceId(assigned);
        List<SpanData> inTrace = Eventually.get(() -> {
            List<SpanData> found = spans.ofTrace(trace);
            return found.stream().anyMatch(s -> s.getName().startsWith("send reminder")) ? found : null;
        }, Duration.ofSeconds(10), () -> "the spans of trace " + trace);
        SpanData processed = inTrace.stream().filter(s -> s.getName().equals("process councilprotocol.training.v1.AssignmentCreated"))
                .findFirst().orElseThrow();
        assertThat(processed.getParentSpanId()).as("the consumer's span: a child of the caller's")
                .isEqualTo(TraceParent.spanId(assigned));
        SpanData email = inTrace.stream().filter(s -> s.getName().startsWith("send reminder")).findFirst().orElseThrow();
        assertThat(email.getParentSpanId()).as("the email's span: a child of the span that planned it")
                .isEqualTo(processed.getSpanId());
    }

    @Test
    void remindersACompletionCancelsTakeTheTraceOfTheCallThatRecordedIt() {
        String person = "trace-" + UUID.randomUUID();
        String assignment = UUID.randomUUID().toString();
        String assigned = TraceParent.random();
        String completed = TraceParent.random();
        scope.publish(TOPIC, person, TrainingEvents.person(person, "Cam Trace", person + "@example.gov.uk", null));
        scope.publishInTrace(TOPIC, person, TrainingEvents.assignment(assignment, person, LocalDate.now(clock).plusDays(60)),
                assigned);
        Eventually.assertTrue(() -> remindersOf(assignment).size() == 4, Duration.ofSeconds(20), "four reminders planned");
        assertThat(remindersOf(assignment)).allSatisfy(r ->
                assertThat(TraceParent.traceId(r.get("traceParent").asText())).isEqualTo(TraceParent.traceId(assigned)));

        scope.publishInTrace(TOPIC, person, TrainingEvents.completion(assignment, person, LocalDate.now(clock)), completed);

        Eventually.assertTrue(() -> remindersOf(assignment).stream().allMatch(r -> r.get("status").asText().equals("CANCELLED")),
                Duration.ofSeconds(20), "the reminders cancelled");
        assertThat(remindersOf(assignment)).allSatisfy(r ->
                assertThat(TraceParent.traceId(r.get("traceParent").asText())).isEqualTo(TraceParent.traceId(completed)));
    }

    private List<JsonNode> remindersOf(String assignment) {
        JsonNode list = new HttpCalls(server.getURL().toString()).as(scope.token("hr-amy", "hr"))
                .get("/reminders?subjectId=" + assignment).json();
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).toList();
    }
}
