package uk.councilprotocol.bench;

import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.ServiceSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A service's resident memory and thread count, from Linux's /proc: does an outage make either grow? Resident memory is
 * the process's own (anonymous: the heap, the JIT's code, thread stacks, buffers) and files' pages it has mapped (the
 * class archive, the JDK's libraries), which the kernel may share and drop.
 */
record Memory(long residentKiB, long anonymousKiB, long filesKiB, int threads) {

    static Memory of(Platform platform, ServiceSpec spec) {
        long pid = platform.service(spec).handle().pid();
        long rss = -1;
        long anonymous = -1;
        long files = -1;
        int threads = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = number(line);
                } else if (line.startsWith("RssAnon:")) {
                    anonymous = number(line);
                } else if (line.startsWith("RssFile:")) {
                    files = number(line);
                } else if (line.startsWith("Threads:")) {
                    threads = (int) number(line);
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // reported as unknown
        }
        return new Memory(rss, anonymous, files, threads);
    }

    /** The number on a line of /proc's status, e.g. {@code VmRSS:   241120 kB}. */
    private static long number(String line) {
        return Long.parseLong(line.replaceAll("\\D", ""));
    }

    /** Resident memory in megabytes (10^6 bytes, as the target is written); negative when unknown. */
    double megabytes() {
        return megabytes(residentKiB);
    }

    static double megabytes(long kib) {
        return kib < 0 ? -1 : kib * 1024 / 1e6;
    }

    @Override
    public String toString() {
        return rss() + " MiB, " + threads + " threads";
    }

    private String rss() {
        return residentKiB < 0 ? "?" : String.valueOf(residentKiB / 1024);
    }
}
