package uk.councilprotocol.testkit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import uk.councilprotocol.platform.events.CloudEventHeaders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads a topic from its beginning, so a test can see exactly what a service published. */
public final class EventProbe implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    EventProbe(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Every record of the given CloudEvents type seen so far (polling for up to {@code timeout} until at least {@code count}). */
    public List<ConsumerRecord<String, byte[]>> await(String type, int count, Duration timeout) {
        return await(r -> type.equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE)), count, timeout);
    }

    public List<ConsumerRecord<String, byte[]>> await(Predicate<ConsumerRecord<String, byte[]>> match, int count,
                                                      Duration timeout) {
        return Eventually.get(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            List<ConsumerRecord<String, byte[]>> found = seen.stream().filter(match).toList();
            return found.size() >= count ? found : null;
        }, timeout, () -> "expected " + count + " matching record(s); saw " + seen.size() + " record(s) of types "
                + seen.stream().map(r -> CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE)).distinct().toList());
    }

    /** The payload of the one record of this type and key (waiting up to 20 seconds for it); more than one fails. */
    public byte[] awaitOnly(String type, String key) {
        List<ConsumerRecord<String, byte[]>> found = await(r -> key.equals(r.key())
                && type.equals(CloudEventHeaders.get(r.headers(), CloudEventHeaders.TYPE)), 1, Duration.ofSeconds(20));
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " keyed " + key + "; saw " + found.size());
        }
        return found.get(0).value();
    }

    /** Everything seen so far, after polling for {@code quietPeriod}. */
    public List<ConsumerRecord<String, byte[]>> drain(Duration quietPeriod) {
        long end = System.nanoTime() + quietPeriod.toNanos();
        while (System.nanoTime() < end) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
