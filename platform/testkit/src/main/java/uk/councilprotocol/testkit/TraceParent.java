package uk.councilprotocol.testkit;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** A caller's W3C trace context, as a department's system in a trace of its own would send it. */
public final class TraceParent {
    private TraceParent() {
    }

    /** A new sampled {@code traceparent}: "00-" 32 hex digits of trace id "-" 16 of span id "-01". */
    public static String random() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        ThreadLocalRandom.current().nextBytes(trace);
        ThreadLocalRandom.current().nextBytes(span);
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
    }

    /** The trace id of a {@code traceparent}. */
    public static String traceId(String traceParent) {
        return traceParent.split("-")[1];
    }

    /** The parent span id of a {@code traceparent}. */
    public static String spanId(String traceParent) {
        return traceParent.split("-")[2];
    }
}
