package uk.councilprotocol.bench;

import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.ServiceSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A service's resident memory and thread count, from Linux's /proc: does an outage make either grow? */
record Memory(long residentKiB, int threads) {

    static Memory of(Platform platform, ServiceSpec spec) {
        long pid = platform.service(spec).handle().pid();
        long rss = -1;
        int threads = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("Threads:")) {
                    threads = Integer.parseInt(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // reported as unknown
        }
        return new Memory(rss, threads);
    }

    @Override
    public String toString() {
        return rss() + " MiB, " + threads + " threads";
    }

    private String rss() {
        return residentKiB < 0 ? "?" : String.valueOf(residentKiB / 1024);
    }
}
