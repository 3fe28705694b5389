package uk.councilprotocol.platform.tenancy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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

    private record Read<T>(T value, long atNanos) {
    }

    private final Councils councils;
    private final Supplier<T> read;
    private final ForgetOnCompletion forgetting;
    private final Map<String, Read<T>> known = new ConcurrentHashMap<>();

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
        if (last == null || System.nanoTime() - last.atNanos() > FRESH_FOR_NANOS) {
            last = new Read<>(read.get(), System.nanoTime());
            known.put(council, last);
        }
        return last.value();
    }

    /**
     * The value of the council the current work acts for, read now in the current transaction and not kept: what the
     * work has just changed, where {@link #current()} may give what another thread read before it committed.
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
        known.remove(council);
    }
}
