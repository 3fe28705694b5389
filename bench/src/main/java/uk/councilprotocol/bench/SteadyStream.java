package uk.councilprotocol.bench;

import io.grpc.StatusRuntimeException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Calls at a steady rate whatever the platform is going through, as a client that keeps working would: a call that
 * answers with a key (an enquiry's reference, a completion's id) was accepted, and the platform owes its effect; one
 * that fails (service down, timeout, an error status) was refused, and the client would send it again; each refusal is
 * counted by its reason (a gRPC status code, an HTTP status), so a scenario says why its calls were refused. Up to 16
 * calls are in flight, so a slow platform does not slow the rate until they are all waiting.
 */
final class SteadyStream implements AutoCloseable {
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final Semaphore inFlight = new Semaphore(16);
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
    private final long startedAt = System.nanoTime();
    private final AtomicLong lastRefusedAt = new AtomicLong(Long.MIN_VALUE);
    private final Thread pacer;
    private volatile boolean running = true;

    /** A call the platform answered without accepting it, for this reason (as the client saw it: "HTTP 503"). */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Starts calling at once: {@code call} gets the call's number (0, 1, …) and answers the accepted key, or throws. */
    SteadyStream(String name, double perSecond, IntFunction<String> call) {
        long gapNanos = (long) (1e9 / perSecond);
        this.pacer = new Thread(() -> {
            long next = System.nanoTime();
            for (int i = 0; running; i++) {
                int n = i;
                try {
                    inFlight.acquire();
                    callers.execute(() -> {
                        try {
                            callOnce(call, n);
                        } finally {
                            inFlight.release();
                        }
                    });
                    next += gapNanos;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        pacer.start();
    }

    private void callOnce(IntFunction<String> call, int n) {
        try {
            accepted.add(call.apply(n));
        } catch (StatusRuntimeException e) {
            refusedFor(e.getStatus().getCode().name());
        } catch (Refused e) {
            refusedFor(e.getMessage());
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            refusedFor(cause.getClass().getSimpleName());   // the connection refused or reset, say
        }
    }

    private void refusedFor(String reason) {
        refused.computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet();
        lastRefusedAt.accumulateAndGet(System.nanoTime(), Math::max);
    }

    /** Stops calling and waits for the calls in flight to answer. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        pacer.interrupt();
        pacer.join();
        callers.shutdown();
        callers.awaitTermination(90, TimeUnit.SECONDS);
    }

    List<String> accepted() {
        return List.copyOf(accepted);
    }

    int refused() {
        return refused.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** When the last call was refused, in seconds from the stream's start; NaN if none was. */
    double lastRefusedSeconds() {
        long at = lastRefusedAt.get();
        return at == Long.MIN_VALUE ? Double.NaN : (at - startedAt) / 1e9;
    }

    /** Why calls were refused, most often first: "UNAVAILABLE 35, DEADLINE_EXCEEDED 4"; empty if none was. */
    String refusals() {
        return refused.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, AtomicInteger> e) -> -e.getValue().get()).thenComparing(Map.Entry::getKey))
                .map(e -> e.getKey() + " " + e.getValue().get())
                .collect(Collectors.joining(", "));
    }
}
