package uk.councilprotocol.notifications.reminders;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The spans the service ends, as a tracing backend would receive them (Micronaut Tracing adds a SpanProcessor bean to
 * the SDK it builds): the tests read the traces here rather than from a collector.
 */
@Singleton
public class RecordedSpans implements SpanExporter {
    private static final int KEPT = 5_000;
    private final List<SpanData> spans = new ArrayList<>();

    @Override
    public synchronized CompletableResultCode export(Collection<SpanData> ended) {
        spans.addAll(ended);
        if (spans.size() > KEPT) {
            spans.subList(0, spans.size() - KEPT).clear();
        }
        return CompletableResultCode.ofSuccess();
    }

    public synchronized List<SpanData> ofTrace(String traceId) {
        return spans.stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    @Factory
    static class Processor {
        @Bean
        @Singleton
        SpanProcessor recordingProcessor(RecordedSpans recorded) {
            return SimpleSpanProcessor.create(recorded);
        }
    }
}
