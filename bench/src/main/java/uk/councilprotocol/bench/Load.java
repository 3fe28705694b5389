package uk.councilprotocol.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Calls the platform from outside, as a department's system does, and records each call's latency (HdrHistogram,
 * microseconds): either N calls kept in flight (how fast it can go) or calls paced at a rate (how quickly it answers
 * at that rate).
 */
final class Load {
    /** Paced calls still unanswered after this many wait for one to finish: a bound on the client, not the platform. */
    private static final int PACED_IN_FLIGHT = 1_024;

    record Result(long calls, long failures, double seconds, Histogram latencies) {
        double perSecond() {
            return calls / seconds;
        }

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private final Histogram latencies = new Histogram(60_000_000L, 3);
    private final AtomicLong failures = new AtomicLong();
    private final Semaphore slots;
    private final int inFlight;

    private Load(int inFlight) {
        this.inFlight = inFlight;
        this.slots = new Semaphore(inFlight);
    }

    /** Runs {@code call(i)} for i = 0, 1, 2, … with {@code inFlight} outstanding at once, for {@code duration}. */
    static Result run(int inFlight, Duration duration, LongFunction<CompletableFuture<?>> call) throws InterruptedException {
        Load load = new Load(inFlight);
        long begun = System.nanoTime();
        long end = begun + duration.toNanos();
        long issued = 0;
        while (System.nanoTime() < end) {
            load.slots.acquire();
            load.send(call, issued++, System.nanoTime());
        }
        return load.awaitAll(issued, begun);
    }

    /**
     * Runs {@code call(i)} at {@code perSecond} for {@code duration}, each call timed from when it was due to start rather
     * than when it went, so a platform that falls behind shows it in the latencies instead of slowing the client down.
     */
    static Result paced(double perSecond, Duration duration, LongFunction<CompletableFuture<?>> call) throws InterruptedException {
        Load load = new Load(PACED_IN_FLIGHT);
        long gap = (long) (1e9 / perSecond);
        long begun = System.nanoTime();
        long calls = Math.max(1, duration.toNanos() / gap);
        for (long i = 0; i < calls; i++) {
            long due = begun + i * gap;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            load.slots.acquire();
            load.send(call, i, due);
        }
        return load.awaitAll(calls, begun);
    }

    private void send(LongFunction<CompletableFuture<?>> call, long i, long startedAt) {
        call.apply(i).whenComplete((ok, error) -> {
            long micros = (System.nanoTime() - startedAt) / 1000;
            synchronized (latencies) {
                latencies.recordValue(Math.min(micros, 60_000_000L));
            }
            if (error != null) {
                failures.incrementAndGet();
            }
            slots.release();
        });
    }

    private Result awaitAll(long calls, long begun) throws InterruptedException {
        slots.acquire(inFlight);   // every call answered
        double seconds = (System.nanoTime() - begun) / 1e9;
        return new Result(calls, failures.get(), seconds, latencies);
    }
}
