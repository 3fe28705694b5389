package uk.councilprotocol.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import uk.councilprotocol.contracts.training.v1.CompletionRecorded;
import uk.councilprotocol.platform.events.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Training's {@code CompletionRecorded} events as they stand on its Kafka topic: for each completion, the ids of the
 * events that announced it. One event delivered twice (a relay that published and died before marking it) is one id
 * and harmless, as consumers skip an id they have seen; two ids for one completion would be the completion recorded
 * twice. One consumer reads the topic once from the beginning and then only what is new at each {@link #now()}, so
 * waiting on it costs no rereading.
 */
final class CompletionEvents implements AutoCloseable {
    static final String TOPIC = "training.events.v1";
    static final String TYPE = "councilprotocol.training.v1.CompletionRecorded";

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final Map<String, Set<String>> events = new HashMap<>();

    CompletionEvents(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(props);
        this.partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Every completion announced so far, with its events' ids: reads up to the topic's end as it is now. */
    Map<String, Set<String>> now() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (TYPE.equals(header(record, CloudEventHeaders.TYPE))) {
                    events.computeIfAbsent(completionId(record.value()), id -> new HashSet<>()).add(header(record, CloudEventHeaders.ID));
                }
            }
        }
        return events;
    }

    @Override
    public void close() {
        consumer.close();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String completionId(byte[] payload) {
        try {
            return CompletionRecorded.parseFrom(payload).getCompletion().getId();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("a CompletionRecorded event that does not parse", e);
        }
    }
}
