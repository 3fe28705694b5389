package uk.councilprotocol.e2e.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.ServiceSpec;
import uk.councilprotocol.e2e.SharedPlatform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service the launcher starts runs with its memory settings, read from the running process as the operating
 * system sees it: the heap's flags on its command line, and two of the C library's allocation pools in its environment.
 */
@ExtendWith(SharedPlatform.class)
class ServiceMemorySettingsTest {

    @Test
    void everyServiceRunsWithTheLaunchersMemorySettings(Platform platform) throws Exception {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            long pid = platform.service(spec).handle().pid();
            assertThat(procFile(pid, "cmdline")).as(spec.module()).contains("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC");
            assertThat(procFile(pid, "environ")).as(spec.module()).contains("MALLOC_ARENA_MAX=2");
        }
    }

    /** A process's arguments or environment as Linux keeps them: NUL-separated. */
    private static List<String> procFile(long pid, String name) throws IOException {
        return List.of(Files.readString(Path.of("/proc", String.valueOf(pid), name), StandardCharsets.ISO_8859_1).split("\0"));
    }
}
