package uk.councilprotocol.bench;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CpuTimeTest {

    @Test
    void aProcessBusyForAWhileIsCountedUnderItsOwnName() {
        Map<Long, String> services = Map.of(ProcessHandle.current().pid(), "this test");
        CpuTime before = CpuTime.now(services);
        // 0.4 s of this thread's own processor time, however busy the machine (a wall-clock spin got 0.27 s in CI)
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long spunUntil = threads.getCurrentThreadCpuTime() + 400_000_000L;
        double sink = 0;
        while (threads.getCurrentThreadCpuTime() < spunUntil) {
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
