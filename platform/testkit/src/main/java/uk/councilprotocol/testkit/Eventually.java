package uk.councilprotocol.testkit;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something asynchronous (an event relayed, an email sent) to become true. */
public final class Eventually {
    private Eventually() {
    }

    public static <T> T get(Supplier<T> probe, Duration timeout, Supplier<String> whatFailed) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Timed out after " + timeout + ": " + whatFailed.get(), last);
    }

    public static void assertTrue(Supplier<Boolean> condition, Duration timeout, String what) {
        get(() -> condition.get() ? Boolean.TRUE : null, timeout, () -> what);
    }
}
