package uk.councilprotocol.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Calls at a steady rate whatever the platform is going through, as a client that keeps working would: a call that
 * answers with a key (an enquiry's reference, a completion's id) was accepted, and the platform owes its effect; one
 * that answers null or fails (service down, timeout) was refused, and the client would send it again. Up to 16 calls
 * are in flight, so a slow platform does not slow the rate until they are all waiting.
 */
final class SteadyStream implements AutoCloseable {
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final Semaphore inFlight = new Semaphore(16);
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final Thread pacer;
    private volatile boolean running = true;

    /** Starts calling at once: {@code call} gets the call's number (0, 1, …) and answers the accepted key or null. */
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
            String key = call.apply(n);
            if (key != null) {
                accepted.add(key);
            } else {
                refused.incrementAndGet();
            }
        } catch (RuntimeException e) {
            refused.incrementAndGet();
        }
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
        return refused.get();
    }
}
