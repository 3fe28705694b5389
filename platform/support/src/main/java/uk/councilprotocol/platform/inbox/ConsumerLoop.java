package uk.councilprotocol.platform.inbox;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.tenancy.UnknownCouncilException;
import uk.councilprotocol.platform.events.MessagingConfiguration;
import uk.councilprotocol.platform.events.ReceivedEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Polls Kafka for one subscription. Offsets are committed only after the events were processed, and a
 * failure (the database restarting, say) rewinds to the failed record and retries it after a pause,
 * so no event is skipped. Redeliveries that this causes are absorbed by the inbox.
 */
final class ConsumerLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLoop.class);
    private static final long MAX_BACKOFF_MS = 30_000;
    /** How often the position past records with no route here is committed while such records keep coming. */
    private static final long SKIPPED_COMMIT_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();
    /** What a gathering subscription's fetch waits for, unless its time is up first: a few hundred events. */
    private static final int GATHERED_BYTES = 256 * 1024;
    /**
     * What one fetch brings of a partition: a few polls' worth (500 events of a few hundred bytes each), where Kafka's
     * default (1 MB a partition, fetched ahead while a poll is processed) had each loop holding megabytes in the heap
     * through a burst, and the heap, once grown, stays grown.
     */
    private static final int MAX_PARTITION_FETCH_BYTES = 256 * 1024;

    private final EventSubscription subscription;
    private final InboxProcessor processor;
    private final Councils councils;
    private final MessagingConfiguration messaging;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;
    private boolean skippedSinceCommit;
    private long lastCommitNanos = System.nanoTime();

    /** @param number which of the subscription's loops this is (from 1), for its thread's name */
    ConsumerLoop(EventSubscription subscription, int number, InboxProcessor processor, MessagingConfiguration messaging, Councils councils) {
        this.councils = councils;
        this.subscription = subscription;
        this.processor = processor;
        this.messaging = messaging;
        this.consumer = new KafkaConsumer<>(properties(), new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this, "consumer-" + subscription.name() + (number == 1 ? "" : "-" + number));
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** For its client metrics only: the loop's thread alone polls it. */
    KafkaConsumer<String, byte[]> consumer() {
        return consumer;
    }

    /** Asks the loop to stop: it leaves its poll at once, then closes its consumer (leaving the group) on its own thread. */
    void requestStop() {
        running = false;
        consumer.wakeup();
    }

    /** Waits for a loop asked to stop to have closed its consumer. */
    void awaitStopped() {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(subscription.topics().stream().map(messaging::topic).toList());
            long backoffMs = 0;
            while (running) {
                if (backoffMs > 0) {
                    Thread.sleep(backoffMs);
                }
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                backoffMs = processAll(records) ? 0 : Math.min(MAX_BACKOFF_MS, Math.max(500, backoffMs * 2));
            }
        } catch (WakeupException | InterruptedException stopping) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.error("Consumer {} stopped unexpectedly", subscription.name(), e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Each council's records in a poll are processed in one transaction, in the order they came (one commit, not one
     * per event: what lets a consumer keep up with a busy producer). Grouped by council, not by consecutive runs: a
     * deployment serving fifty councils interleaves their events, and runs of one record each had cost notifications
     * a transaction an event. Councils' rows are apart (row-level security), so one council's events need not wait for
     * another's. A run that fails is run again one record at a time, so the records before the one that fails are
     * kept; then the whole poll comes again after a pause (the inbox skips what was processed) and that one is retried.
     *
     * @return false when a record failed and the loop should pause before retrying it
     */
    private boolean processAll(ConsumerRecords<String, byte[]> records) {
        Map<String, List<Received>> byCouncil = new LinkedHashMap<>();
        List<Received> refused = new ArrayList<>();
        boolean processedAny = false;
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!subscription.routes().handles(CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE))) {
                // a type with no route here has no effect to repeat: no transaction, no inbox row (services read
                // each other's topics whole, so most of what, say, plans-service reads is training's assignments)
                continue;
            }
            processedAny = true;
            Received received = received(record);
            if (received.council() == null) {
                refused.add(received);
            } else {
                byCouncil.computeIfAbsent(received.council(), council -> new ArrayList<>()).add(received);
            }
        }
        for (List<Received> run : byCouncil.values()) {
            if (!processRun(records, run)) {
                return false;
            }
        }
        if (!processOneByOne(records, refused)) {
            return false;
        }
        if (processedAny) {
            commit();
        } else if (!records.isEmpty()) {
            // Only records with no route here (enquiries reading training's completions, say): reading them again after
            // a restart has no effect, so their position is committed once a second, not a broker round trip a poll.
            skippedSinceCommit = true;
            if (System.nanoTime() - lastCommitNanos >= SKIPPED_COMMIT_INTERVAL_NANOS) {
                commit();
            }
        } else if (skippedSinceCommit) {
            commit();   // gone quiet: the position is committed now
        }
        return true;
    }

    private void commit() {
        try {
            consumer.commitSync();
        } catch (RuntimeException e) {
            // A rebalance can refuse the commit: the records come again and the inbox skips them.
            LOG.info("Consumer {} could not commit offsets: {}", subscription.name(), e.toString());
        }
        skippedSinceCommit = false;
        lastCommitNanos = System.nanoTime();
    }

    /**
     * A record, the event read from it, and the council it is for as this deployment knows it (null when it does not
     * serve it, with the reason).
     */
    private record Received(ConsumerRecord<String, byte[]> record, ReceivedEvent event, String council, String refusal) {
    }

    private Received received(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = toEvent(record);
        try {
            return new Received(record, event, councils.resolve(event.council()), null);
        } catch (UnknownCouncilException e) {
            return new Received(record, event, null, e.getMessage());
        }
    }

    /** One council's records of a poll. */
    private boolean processRun(ConsumerRecords<String, byte[]> records, List<Received> run) {
        if (run.size() > 1) {
            try {
                List<ReceivedEvent> events = run.stream().map(Received::event).toList();
                Councils.runAs(run.get(0).council(), () -> processor.processAll(subscription, events));
                return true;
            } catch (RuntimeException e) {
                LOG.debug("Consumer {}: a run of {} events failed together, trying each alone: {}", subscription.name(),
                        run.size(), e.toString());
            }
        }
        return processOneByOne(records, run);
    }

    private boolean processOneByOne(ConsumerRecords<String, byte[]> records, List<Received> run) {
        for (Received received : run) {
            ConsumerRecord<String, byte[]> record = received.record();
            try {
                process(received);
            } catch (RuntimeException e) {
                LOG.warn("Consumer {} failed on {}-{}@{}, will retry: {}", subscription.name(),
                        record.topic(), record.partition(), record.offset(), e.toString());
                rewind(records);
                return false;
            }
        }
        return true;
    }

    /** Handles the event in its council's scope; an event for a council this deployment does not serve is refused. */
    private void process(Received received) {
        if (received.council() == null) {
            processor.reject(subscription, received.event(), received.refusal());
        } else {
            Councils.runAs(received.council(), () -> processor.process(subscription, received.event()));
        }
    }

    /**
     * Seeks every partition of the poll back to its first record. The poll was processed a council at a time, so
     * records before the failed one in its partition may not have been: all come again, and the inbox skips those
     * that were.
     */
    private void rewind(ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }

    private ReceivedEvent toEvent(ConsumerRecord<String, byte[]> record) {
        String id = CloudEventHeaders.get(record.headers(), CloudEventHeaders.ID);
        if (id == null) {
            id = record.topic() + "-" + record.partition() + "@" + record.offset();
        }
        String time = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TIME);
        return new ReceivedEvent(id,
                CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE),
                CloudEventHeaders.get(record.headers(), CloudEventHeaders.SOURCE),
                time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time),
                record.key(), record.value(), record.topic(), record.partition(), record.offset(),
                CloudEventHeaders.get(record.headers(), CloudEventHeaders.COUNCIL),
                CloudEventHeaders.get(record.headers(), CloudEventHeaders.TRACE_PARENT));
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, messaging.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, messaging.topicNamespace() + subscription.name());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);   // a roster import sends thousands at once: fewer, larger transactions
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_PARTITION_FETCH_BYTES);
        if (!subscription.gathering().isZero()) {
            props.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, GATHERED_BYTES);
            props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) subscription.gathering().toMillis());
        }
        // a replica that dies (SIGKILL, OOM) says no goodbye: its partitions wait this long for the group to notice,
        // 45 s by default; 10 s keeps a restarted or surviving replica's catch-up short (the fault suite measures it)
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        props.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5000);
        messaging.applyClientSettings(props);
        return props;
    }
}
