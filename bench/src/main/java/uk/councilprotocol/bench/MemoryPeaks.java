package uk.councilprotocol.bench;

import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.ServiceSpec;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Each service's resident memory read twice a second while the load runs, keeping the highest: the figure read once
 * the run is over says what a service keeps, this one what it took on the way (a burst's heap, the JIT's arenas while
 * it compiles), which is what a container's memory limit has to allow for.
 */
final class MemoryPeaks implements AutoCloseable {
    private static final long EVERY_MILLIS = 500;

    private final Platform platform;
    private final Map<ServiceSpec, Long> highestKiB = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "memory-peaks");
        thread.setDaemon(true);
        return thread;
    });

    private MemoryPeaks(Platform platform) {
        this.platform = platform;
    }

    static MemoryPeaks watch(Platform platform) {
        MemoryPeaks peaks = new MemoryPeaks(platform);
        peaks.sampler.scheduleAtFixedRate(peaks::sample, 0, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        return peaks;
    }

    private void sample() {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            long resident = Memory.of(platform, spec).residentKiB();
            if (resident >= 0) {
                highestKiB.merge(spec, resident, Math::max);
            }
        }
    }

    /** The highest resident memory seen so far, in megabytes as {@link Memory#megabytes()} counts them; negative if none. */
    double highestMegabytes(ServiceSpec spec) {
        return Memory.megabytes(highestKiB.getOrDefault(spec, -1L));
    }

    /** Stops sampling (before a service is restarted, whose new process would start from nothing). */
    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
