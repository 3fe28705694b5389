package uk.councilprotocol.platform.outbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelayLoadTest {
    static final long MS = 1_000_000L;

    @Test
    void quietUntilTwentyEventsASecondThenBusyUntilASecondPassesWithFewer() {
        RelayLoad load = new RelayLoad(0);
        assertThat(load.busy()).isFalse();
        load.relayed(1, 10 * MS);
        load.relayed(18, 300 * MS);
        assertThat(load.busy()).as("19 this second").isFalse();
        load.relayed(1, 900 * MS);
        assertThat(load.busy()).as("20 this second").isTrue();
        load.relayed(0, 1_100 * MS);
        assertThat(load.busy()).as("20 the second before").isTrue();
        load.relayed(2, 2_050 * MS);
        assertThat(load.busy()).as("0 the second before, 2 this one").isFalse();
    }

    @Test
    void aLongPauseForgetsTheBusySecond() {
        RelayLoad load = new RelayLoad(0);
        load.relayed(500, 100 * MS);
        assertThat(load.busy()).isTrue();
        load.relayed(0, 5_000 * MS);
        assertThat(load.busy()).isFalse();
    }
}
