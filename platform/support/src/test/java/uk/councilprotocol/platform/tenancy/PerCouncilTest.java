package uk.councilprotocol.platform.tenancy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-council copy: kept for two seconds, but never past a change this replica made and forgot. */
class PerCouncilTest {
    final TenancySettings settings = new TenancySettings();
    final Councils councils;
    final AtomicReference<String> stored = new AtomicReference<>("08:00");
    final AtomicInteger reads = new AtomicInteger();

    PerCouncilTest() {
        settings.setDefaultCouncil("eastmoor");
        settings.setCouncils(List.of("eastmoor"));
        councils = new Councils(settings, () -> null);
    }

    @Test
    void aValueIsKeptBetweenReadsUntilItIsForgotten() {
        PerCouncil<String> opens = new PerCouncil<>(councils, () -> {
            reads.incrementAndGet();
            return stored.get();
        });
        assertThat(opens.current()).isEqualTo("08:00");
        stored.set("10:00");
        assertThat(opens.current()).as("kept").isEqualTo("08:00");
        assertThat(reads).hasValue(1);

        opens.forget("eastmoor");
        assertThat(opens.current()).isEqualTo("10:00");
        assertThat(reads).hasValue(2);
    }

    /**
     * Another thread read the value just before the change committed and kept it just after the change's forget ran:
     * what it kept is not given out as the council's value.
     */
    @Test
    void aReadThatBeganBeforeAForgetIsNotKeptPastIt() throws Exception {
        CountDownLatch readBegun = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        AtomicInteger call = new AtomicInteger();
        PerCouncil<String> opens = new PerCouncil<>(councils, () -> {
            String value = stored.get();
            if (call.incrementAndGet() == 1) {   // the slow reader, holding what was committed before the change
                readBegun.countDown();
                await(mayFinish);
            }
            return value;
        });
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(opens::current);
        assertThat(readBegun.await(5, TimeUnit.SECONDS)).isTrue();

        stored.set("10:00");            // the change commits
        opens.forget("eastmoor");       // and its forget runs
        mayFinish.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS)).as("the slow reader's own answer").isEqualTo("08:00");

        assertThat(opens.current()).as("what is in effect now").isEqualTo("10:00");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
