package uk.councilprotocol.platform.tenancy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Something each council keeps in the database (its own settings), as this replica last read it: read again after two
 * seconds, so a change a council's admin makes through another replica holds here within two seconds, and at once
 * here after a change made through {@link ForgetOnCompletion}. Hot paths (planning a reminder for every event) ask it
 * instead of the database.
 * The value is read in the scope of the council asked about, so row-level security shows only that council's row.
 */
public final class PerCouncil<T> {
    private static final long FRESH_FOR_NANOS = TimeUnit.SECONDS.toNanos(2);

    private record Read<T>(T value, long atNanos) {
    }

    private final Councils councils;
    private final Supplier<T> read;
    private final Map<String, Read<T>> known = new ConcurrentHashMap<>();

    /** {@code read} reads the value of the council whose scope is open. */
    public PerCouncil(Councils councils, Supplier<T> read) {
        this.councils = councils;
        this.read = read;
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
     * The current council's value changed here: the next question reads it again. A change forgets through
     * {@link ForgetOnCompletion}, which forgets again when the change's transaction ends.
     */
    void forgetCurrent() {
        forget(councils.current());
    }

    void forget(String council) {
        known.remove(council);
    }
}
