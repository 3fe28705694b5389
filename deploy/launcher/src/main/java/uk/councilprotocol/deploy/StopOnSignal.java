package uk.councilprotocol.deploy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C and SIGTERM stop everything the launcher started, whenever they arrive: mid-start included. The hook closes
 * the platform (which refuses to start anything more), waits for the start to give up, closes again for anything
 * started meanwhile, and ends any process of ours still running.
 */
final class StopOnSignal {
    private static final Duration GRACE = Duration.ofSeconds(30);
    private final CountDownLatch startEnded = new CountDownLatch(1);
    private volatile boolean signalled;
    private volatile boolean finished;

    static StopOnSignal install(Platform platform) {
        StopOnSignal stop = new StopOnSignal();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop.onShutdown(platform), "platform-stop"));
        return stop;
    }

    private void onShutdown(Platform platform) {
        if (!finished) {
            signalled = true;
            System.out.println("\nStopping ...");
            platform.close();
            try {
                startEnded.await(GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            platform.close();
        }
        endDescendants();
        if (signalled) {
            System.out.println("Stopped.");
        }
    }

    /** Whether a signal (not a failure) ended the start. */
    boolean signalled() {
        return signalled;
    }

    /** The launcher has closed the platform itself and is exiting. */
    void finished() {
        finished = true;
        startEnded.countDown();
    }

    /** The start has given up (a signal closed the platform under it). */
    void startEnded() {
        startEnded.countDown();
    }

    /** Blocks until the JVM is stopped by a signal (the hook does the stopping). */
    void awaitSignal() throws InterruptedException {
        new CountDownLatch(1).await();
    }

    /** The last safety net: any child process of the launcher (a JVM, a tool) that outlived its owner's stop. */
    private static void endDescendants() {
        List<ProcessHandle> left = ProcessHandle.current().descendants().toList();
        left.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (ProcessHandle process : left) {
            while (process.isAlive() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            process.destroyForcibly();
        }
    }
}
