package uk.councilprotocol.testkit;

import com.google.protobuf.Message;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.councilprotocol.platform.events.CloudEventHeaders;
import uk.councilprotocol.platform.events.EventRoutes;

import java.time.Clock;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

/** Publishes CloudEvents as another service would, or redelivers one with the same id. */
public final class EventSender implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final String source;
    /** When a record is written: transport metadata, never read as a business date, so real time is right. */
    private final Clock writeClock = Clock.systemUTC();

    EventSender(String bootstrapServers, String source) {
        this(bootstrapServers, source, false);
    }

    private EventSender(String bootstrapServers, String source, boolean transactional) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        if (transactional) {
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-sender-" + UUID.randomUUID());
        }
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        if (transactional) {
            producer.initTransactions();
        }
        this.source = source;
    }

    /**
     * Sends whatever {@code sends} sends as one Kafka transaction: a consumer reading committed records sees them all
     * at once, so they come in one poll — how a test makes a consumer take several events together.
     */
    static void together(String bootstrapServers, String source, Consumer<EventSender> sends) {
        try (EventSender sender = new EventSender(bootstrapServers, source, true)) {
            sender.producer.beginTransaction();
            sends.accept(sender);
            sender.producer.commitTransaction();
        }
    }

    public String send(String topic, String key, Message payload) {
        return send(topic, key, payload, UUID.randomUUID().toString());
    }

    public String send(String topic, String key, Message payload, String eventId) {
        return send(topic, key, payload, eventId, null);
    }

    /** An event of a council (extension attribute {@code ce_council}); null names none, as a single council's do. */
    public String send(String topic, String key, Message payload, String eventId, String council) {
        return send(topic, key, payload, eventId, council, null);
    }

    /** An event written in a trace (extension attribute {@code ce_traceparent}), as another service's outbox sends it. */
    public String send(String topic, String key, Message payload, String eventId, String council, String traceParent) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload.toByteArray());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SPEC_VERSION, "1.0");
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.ID, eventId);
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TYPE, EventRoutes.typeOf(payload));
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SOURCE, source);
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TIME, writeClock.instant().toString());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.PROTOBUF);
        if (council != null) {
            CloudEventHeaders.put(record.headers(), CloudEventHeaders.COUNCIL, council);
        }
        if (traceParent != null) {
            CloudEventHeaders.put(record.headers(), CloudEventHeaders.TRACE_PARENT, traceParent);
        }
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
        return eventId;
    }

    @Override
    public void close() {
        producer.close();
    }
}
