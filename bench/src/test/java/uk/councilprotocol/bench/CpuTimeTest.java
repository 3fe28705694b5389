package uk.councilprotocol.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CpuTimeTest {

    @Test
    void aProcessBusyForAWhileIsCountedUnderItsOwnName() {
        Map<Long, String> services = Map.of(ProcessHandle.current().pid(), "this test");
        CpuTime before = CpuTime.now(services);
        long spunUntil = System.nanoTime() + 400_000_000L;
        double sink = 0;
        while (System.nanoTime() < spunUntil) {   // 0.4 s of one core's time, at least
            sink += Math.sqrt(sink + 1);
        }
        CpuTime after = CpuTime.now(services);

        Map<String, Double> seconds = after.secondsSince(before);
        assertThat(seconds.get("this test")).as("sink " + sink).isGreaterThanOrEqualTo(0.3);
        assertThat(seconds.get(CpuTime.BENCH)).as("the process is named once, by the name given").isZero();
        assertThat(seconds).containsKeys(CpuTime.POSTGRES, CpuTime.KAFKA, CpuTime.OTHER);
        assertThat(after.machineBusySince(before)).isGreaterThan(0).isLessThanOrEqualTo(1);
    }
}
