package uk.councilprotocol.platform.ids;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersionSevenAndEachSortsAfterTheLastAsPostgreSqlComparesThem() {
        List<UUID> ids = IntStream.range(0, 100_000).mapToObj(i -> TimeOrderedIds.next()).toList();

        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        // PostgreSQL orders uuids byte by byte, unsigned: as their lower-case hex text sorts
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i).toString()).isGreaterThan(ids.get(i - 1).toString());
        }
    }

    @Test
    void threadsTakingIdsAtOnceNeverShareOne() throws InterruptedException {
        ConcurrentLinkedQueue<UUID> taken = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> IntStream.range(0, 25_000).forEach(i -> taken.add(TimeOrderedIds.next())));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        Set<UUID> distinct = new HashSet<>(taken);
        assertThat(distinct).hasSize(100_000);
    }
}
