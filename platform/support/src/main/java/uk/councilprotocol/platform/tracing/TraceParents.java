package uk.councilprotocol.platform.tracing;

import io.micronaut.core.annotation.Nullable;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.Map;

/**
 * The W3C {@code traceparent} of the work in hand, so that a trace outlives the call that began it: an event written
 * to the outbox carries it to Kafka (the CloudEvents {@code traceparent} extension), a reminder keeps it until the
 * email goes. One trace then runs from a department's call to the email it causes or cancels.
 */
public final class TraceParents {
    private static final String HEADER = "traceparent";
    private static final TextMapGetter<String> ONE_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return java.util.List.of(HEADER);
        }

        @Override
        public String get(@Nullable String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParents() {
    }

    /** The current span's {@code traceparent} ("00-trace id-span id-flags"), or null outside any trace. */
    @Nullable
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        Map<String, String> carrier = new java.util.HashMap<>(1);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context a {@code traceparent} names (as a remote parent), or the root context when there is none. */
    public static Context contextOf(@Nullable String traceParent) {
        if (traceParent == null || traceParent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceParent, ONE_VALUE);
    }

    /** The trace id inside a {@code traceparent}, or null. */
    @Nullable
    public static String traceId(@Nullable String traceParent) {
        SpanContext span = Span.fromContext(contextOf(traceParent)).getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }
}
