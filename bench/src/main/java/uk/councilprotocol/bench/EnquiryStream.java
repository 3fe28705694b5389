package uk.councilprotocol.bench;

import uk.councilprotocol.testkit.HttpCalls;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Hub logging enquiries at a steady rate over HTTP, whatever the platform is going through: each call that
 * answers 201 is an enquiry the platform accepted, and so owes its councillor one acknowledgement; a call that fails
 * (service down, timeout) was refused, and the Hub would log it again. Up to 16 calls are in flight, so a slow
 * platform does not slow the rate until they are all waiting.
 */
final class EnquiryStream implements AutoCloseable {
    static final int COUNCILLORS = 60;

    private final HttpCalls hub;
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final Semaphore inFlight = new Semaphore(16);
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicLong lastAcceptedAt = new AtomicLong();
    private final Thread pacer;
    private volatile boolean running = true;

    EnquiryStream(HttpCalls hub, double perSecond, String label) {
        this.hub = hub;
        long gapNanos = (long) (1e9 / perSecond);
        this.pacer = new Thread(() -> {
            long next = System.nanoTime();
            for (int i = 0; running; i++) {
                int n = i;
                try {
                    inFlight.acquire();
                    callers.execute(() -> {
                        try {
                            logOne(label, n);
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
        }, "enquiry-stream");
        pacer.start();
    }

    static String councillorEmail(int councillor) {
        return "c" + councillor + "@bench.example.gov.uk";
    }

    private void logOne(String label, int n) {
        try {
            HttpCalls.Reply reply = hub.postJson("/enquiries", Map.of("councillorId", RosterFile.id(n % COUNCILLORS),
                    "channel", "email", "subject", label + " " + n, "description", "Logged during a fault.", "category", "Highways"));
            if (reply.status() == 201) {
                accepted.add(reply.json().get("reference").asText());
                lastAcceptedAt.set(System.nanoTime());
            } else {
                refused.incrementAndGet();
            }
        } catch (RuntimeException e) {
            refused.incrementAndGet();
        }
    }

    /** Stops logging and waits for the calls in flight to answer. */
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

    /** When the last call was accepted (System.nanoTime), 0 if none has been. */
    long lastAcceptedAt() {
        return lastAcceptedAt.get();
    }
}
