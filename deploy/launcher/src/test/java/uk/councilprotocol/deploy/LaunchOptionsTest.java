package uk.councilprotocol.deploy;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {

    @Test
    void noOptionsMeansTheDemoOnTheUsualPortsToday() {
        LaunchOptions options = LaunchOptions.parse();
        assertThat(options.demo()).isTrue();
        assertThat(options.smoke()).isFalse();
        assertThat(options.clockStart()).isNull();
        assertThat(options.portOffset()).isZero();
    }

    @Test
    void todayStartsTheClocksAtTenLondonTimeThatDay() {
        assertThat(LaunchOptions.parse("--today", "2026-12-24").clockStart()).isEqualTo(Instant.parse("2026-12-24T10:00:00Z"));
        assertThat(LaunchOptions.parse("--today", "2027-06-01").clockStart()).isEqualTo(Instant.parse("2027-06-01T09:00:00Z"));
    }

    @Test
    void aPortOffsetMovesEveryPort() {
        Ports moved = Ports.standard().shifted(LaunchOptions.parse("--port-offset", "1000").portOffset());
        assertThat(moved.postgres()).isEqualTo(16432);
        assertThat(moved.http()).containsExactly(9081, 9082, 9083, 9084, 9085);
        assertThat(moved.named()).hasSize(Ports.standard().named().size());
    }

    @Test
    void badOptionsAreNamedWithTheUsage() {
        assertThatThrownBy(() -> LaunchOptions.parse("--today", "24/12/2026")).isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("--today '24/12/2026'").hasMessageContaining("usage:");
        assertThatThrownBy(() -> LaunchOptions.parse("--port-offset", "-5")).hasMessageContaining("--port-offset '-5'");
        assertThatThrownBy(() -> LaunchOptions.parse("--today")).hasMessageContaining("--today needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse("--demo")).hasMessageContaining("Unknown option '--demo'");
    }
}
