package uk.councilprotocol.platform.tenancy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Something each council keeps in the database (its own settings), as this replica last read it: read again after two
 * seconds, so a change a council's admin makes through another replica holds here within two seconds, and at once
 * here after {@link #changed()} (kept through {@link ForgetOnCompletion#keep}). Hot paths (planning a reminder for every event) ask it
 * instead of the database.
 * The value is read in the scope of the council asked about, so row-level security shows only that council's row.
 */
public final class PerCouncil<T> {
    private static final long FRESH_FOR_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** A value as read, when, and in which generation: a forget since makes it stale however young it is. */
    private record Read<T>(T value, long atNanos, long generation) {
    }

    private final Councils councils;
    private final Supplier<T> read;
    private final ForgetOnCompletion forgetting;
    private final Map<String, Read<T>> known = new ConcurrentHashMap<>();
    /**
     * Moved on by every forget. A read that began before a change committed may finish after the change's forget
     * and keep what it read; taking the generation before it reads marks such a value stale at once.
     */
    private final AtomicLong generation = new AtomicLong();

    /**
     * {@code read} reads the value of the council whose scope is open. Kept so, it changes only elsewhere; a value this
     * replica changes is kept through {@link ForgetOnCompletion#keep}.
     */
    public PerCouncil(Councils councils, Supplier<T> read) {
        this(councils, read, null);
    }

    PerCouncil(Councils councils, Supplier<T> read, ForgetOnCompletion forgetting) {
        this.councils = councils;
        this.read = read;
        this.forgetting = forgetting;
    }

    /** The value of the council the current work acts for. */
    public T current() {
        String council = councils.current();
        Read<T> last = known.get(council);
        if (last == null || last.generation() != generation.get() || System.nanoTime() - last.atNanos() > FRESH_FOR_NANOS) {
            long readIn = generation.get();
            last = new Read<>(read.get(), System.nanoTime(), readIn);
            known.put(council, last);
        }
        return last.value();
    }

    /**
     * The value of the council the current work acts for, read now in the current transaction and not kept: what the
     * work has just changed, before its transaction has committed (and so before its forget has run).
     */
    public T fresh() {
        return read.get();
    }

    /**
     * The current council's admin changed the value here: it is read again at once, and again once the change's
     * transaction ends ({@link ForgetOnCompletion}).
     */
    public void changed() {
        if (forgetting == null) {
            throw new IllegalStateException("a value changed here is kept through ForgetOnCompletion.keep");
        }
        forgetting.forgetCurrent(this);
    }

    void forgetCurrent() {
        forget(councils.current());
    }

    void forget(String council) {
        generation.incrementAndGet();
        known.remove(council);
    }
}
