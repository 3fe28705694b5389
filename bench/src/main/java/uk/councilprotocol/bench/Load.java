package uk.councilprotocol.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Keeps N calls in flight for a while and records each call's latency (HdrHistogram, microseconds): the load a
 * department's system puts on the platform, from outside it.
 */
final class Load {
    record Result(long calls, long failures, double seconds, Histogram latencies) {
        double perSecond() {
            return calls / seconds;
        }

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /** Runs {@code call(i)} for i = 0, 1, 2, … with {@code inFlight} outstanding at once, for {@code duration}. */
    static Result run(int inFlight, Duration duration, LongFunction<CompletableFuture<?>> call) throws InterruptedException {
        Histogram latencies = new Histogram(60_000_000L, 3);
        Semaphore slots = new Semaphore(inFlight);
        AtomicLong failures = new AtomicLong();
        long begun = System.nanoTime();
        long end = begun + duration.toNanos();
        long issued = 0;
        while (System.nanoTime() < end) {
            slots.acquire();
            long started = System.nanoTime();
            call.apply(issued++).whenComplete((ok, error) -> {
                long micros = (System.nanoTime() - started) / 1000;
                synchronized (latencies) {
                    latencies.recordValue(Math.min(micros, 60_000_000L));
                }
                if (error != null) {
                    failures.incrementAndGet();
                }
                slots.release();
            });
        }
        slots.acquire(inFlight);   // every call answered
        double seconds = (System.nanoTime() - begun) / 1e9;
        return new Result(issued, failures.get(), seconds, latencies);
    }
}
