package uk.councilprotocol.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceMemoryOptionsTest {

    @Test
    void aJdkThatCanTrimItsNativeHeapIsAskedToEveryFiveSeconds() {
        assertThat(ServiceProcess.memoryOptions(Runtime.Version.parse("17.0.15+6-Debian-1deb12u1")))
                .contains("-Xms32m", "-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=5000");
        assertThat(ServiceProcess.memoryOptions(Runtime.Version.parse("21.0.1")))
                .contains("-XX:TrimNativeHeapInterval=5000");
    }

    /** An older JDK 17 refuses to start with a flag it does not know: the services must still start on it. */
    @Test
    void anOlderJdkIsNotGivenTheFlag() {
        assertThat(ServiceProcess.memoryOptions(Runtime.Version.parse("17.0.8+7")))
                .contains("-Xms32m", "-XX:MaxHeapFreeRatio=40")
                .noneMatch(option -> option.startsWith("-XX:TrimNativeHeapInterval"));
    }
}
