package uk.councilprotocol.platform.outbox;

/**
 * How busy the relay is: the events it relayed this second and the last. Below {@link #QUIET_PER_SECOND} it is quiet,
 * and a commit wakes it at once; at or above, commits wait for the poll, which relays them in one large batch.
 * Not thread-safe: the relay's runs are one at a time.
 */
final class RelayLoad {
    static final int QUIET_PER_SECOND = 20;
    private static final long SECOND_NANOS = 1_000_000_000L;

    private long secondStarted;
    private int thisSecond;
    private int lastSecond;

    RelayLoad(long nowNanos) {
        this.secondStarted = nowNanos;
    }

    /** A run relayed this many events; {@code nowNanos} from {@link System#nanoTime()}. */
    void relayed(int events, long nowNanos) {
        long elapsed = nowNanos - secondStarted;
        if (elapsed >= SECOND_NANOS) {
            lastSecond = elapsed < 2 * SECOND_NANOS ? thisSecond : 0;
            thisSecond = 0;
            secondStarted = nowNanos - elapsed % SECOND_NANOS;
        }
        thisSecond += events;
    }

    boolean busy() {
        return Math.max(thisSecond, lastSecond) >= QUIET_PER_SECOND;
    }
}
