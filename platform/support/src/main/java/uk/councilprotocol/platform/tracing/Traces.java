package uk.councilprotocol.platform.tracing;

import io.micronaut.core.annotation.Nullable;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Work done later than the call that caused it — an event consumed, a reminder's email sent — as a span of that
 * call's trace, found by the {@code traceparent} kept with the work (see {@link TraceParents}).
 */
@Singleton
public class Traces {
    private final Tracer tracer;

    public Traces(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("uk.councilprotocol");
    }

    /**
     * Runs {@code work} as the span {@code name}, a child of {@code traceParent} (a new trace when null), with its
     * attributes; a failure is recorded on the span and thrown on.
     */
    public <T> T within(String name, SpanKind kind, @Nullable String traceParent, Map<String, String> attributes,
                        Supplier<T> work) {
        SpanBuilder builder = tracer.spanBuilder(name).setSpanKind(kind).setParent(TraceParents.contextOf(traceParent));
        attributes.forEach(builder::setAttribute);
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
