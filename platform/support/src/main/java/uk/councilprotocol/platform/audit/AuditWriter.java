package uk.councilprotocol.platform.audit;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.tenancy.Councils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Writes audit entries in groups. Each caller still waits until its entry is committed, so a call is answered only
 * after its entry is kept, as before; but the entries that arrive while one group is being written go together in
 * the next: one transaction, one statement per council. Each entry had had a transaction of its own (a pooled
 * connection, its council named and given back, a commit): under load as many as the changes it recorded; and with
 * a transaction per council, fifty councils' calls at once still made nearly one each.
 */
@Singleton
class AuditWriter {
    private static final int MOST_AT_ONCE = 500;
    private static final long LONGEST_WAIT_SECONDS = 60;

    private record Pending(String council, AuditEntry entry, CompletableFuture<Void> written) {
    }

    private final AuditRows rows;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    AuditWriter(AuditRows rows) {
        this.rows = rows;
        this.writer = new Thread(this::writeUntilStopped, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Writes the entry in the council's log and returns once it is committed; throws if it could not be. */
    void write(String council, AuditEntry entry) {
        Pending pending = new Pending(council, entry, new CompletableFuture<>());
        queue.add(pending);
        if (!running) {
            writeQueued();   // stopping: nobody else will
        }
        try {
            pending.written().get(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the audit entry was not written", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the audit entry was not written within " + LONGEST_WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the audit entry was written", e);
        }
    }

    private void writeUntilStopped() {
        while (running) {
            Pending first;
            try {
                first = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (first != null) {
                List<Pending> group = new ArrayList<>(List.of(first));
                queue.drainTo(group, MOST_AT_ONCE - 1);
                writeOrTell(group);
            }
        }
    }

    private void writeQueued() {
        List<Pending> group = new ArrayList<>();
        queue.drainTo(group);
        writeOrTell(group);
    }

    /** Whatever goes wrong, no caller waits out its minute for an entry the writer dropped. */
    private void writeOrTell(List<Pending> group) {
        if (group.isEmpty()) {
            return;
        }
        try {
            writeGroup(group);
        } catch (RuntimeException e) {
            group.forEach(p -> p.written().completeExceptionally(e));
        }
    }

    /** A group that cannot be kept whole is split, by council and then entry by entry: one refused keeps no other out. */
    private void writeGroup(List<Pending> group) {
        Map<String, List<Pending>> byCouncil = group.stream()
                .collect(Collectors.groupingBy(Pending::council, LinkedHashMap::new, Collectors.toList()));
        try {
            Map<String, List<AuditEntry>> entries = new LinkedHashMap<>();
            byCouncil.forEach((council, pending) -> entries.put(council, pending.stream().map(Pending::entry).toList()));
            Councils.runAs(group.get(0).council(), () -> rows.insert(entries));
            group.forEach(p -> p.written().complete(null));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).written().completeExceptionally(e);
            } else if (byCouncil.size() > 1) {
                byCouncil.values().forEach(this::writeGroup);
            } else {
                group.forEach(p -> writeGroup(List.of(p)));
            }
        }
    }

    /** What is queued when the service stops is written before it goes. */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(LONGEST_WAIT_SECONDS));
        writeQueued();
    }
}
