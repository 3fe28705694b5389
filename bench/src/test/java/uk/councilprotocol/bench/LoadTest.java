package uk.councilprotocol.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LoadTest {

    @Test
    void pacedCallsGoAtTheRateForTheDurationEachNumberOnce() throws Exception {
        List<Long> numbers = new CopyOnWriteArrayList<>();
        Load.Result result = Load.paced(200, Duration.ofMillis(250), i -> {
            numbers.add(i);
            return CompletableFuture.completedFuture(null);
        });
        assertThat(result.calls()).isEqualTo(50);
        assertThat(numbers).hasSize(50).doesNotHaveDuplicates().allMatch(i -> i >= 0 && i < 50);
        assertThat(result.seconds()).isGreaterThanOrEqualTo(0.245);   // the last call is due 245 ms after the first
        assertThat(result.failures()).isZero();
    }

    @Test
    void aPacedCallIsTimedFromWhenItWasDueSoAClientHeldUpStillCountsTheWait() throws Exception {
        // the first call holds the caller's thread for 100 ms: the calls due meanwhile go late, and their latency says so
        Load.Result result = Load.paced(100, Duration.ofMillis(100), i -> {
            if (i == 0) {
                sleep(100);
            }
            return CompletableFuture.completedFuture(null);
        });
        assertThat(result.calls()).isEqualTo(10);
        assertThat(result.millis(50)).isGreaterThanOrEqualTo(40);   // call 5 was due at 50 ms and went at 100 ms or later
    }

    @Test
    void keptInFlightNeverMoreThanAskedAndFailuresAreCounted() throws Exception {
        ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger open = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try {
            Load.Result result = Load.run(3, Duration.ofMillis(300), i -> {
                most.accumulateAndGet(open.incrementAndGet(), Math::max);
                CompletableFuture<Object> answer = new CompletableFuture<>();
                answers.schedule(() -> {
                    open.decrementAndGet();
                    if (i % 2 == 0) {
                        answer.complete(null);
                    } else {
                        answer.completeExceptionally(new IllegalStateException("refused"));
                    }
                }, 20, TimeUnit.MILLISECONDS);
                return answer;
            });
            // more than one at a time (a busy machine may answer one before the third is sent), never more than three
            assertThat(most.get()).isBetween(2, 3);
            assertThat(result.calls()).isGreaterThan(10);
            assertThat(result.failures()).isEqualTo(result.calls() / 2);
            assertThat(open.get()).isZero();   // every call answered before it returns
        } finally {
            answers.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
