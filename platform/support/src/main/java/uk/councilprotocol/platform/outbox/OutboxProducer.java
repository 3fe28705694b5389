package uk.councilprotocol.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.councilprotocol.platform.events.MessagingConfiguration;

import java.time.Duration;
import java.util.Properties;

/** The relay's Kafka producer: idempotent, acks=all, rebuilt after a failure. */
@Singleton
public class OutboxProducer {
    private final MessagingConfiguration messaging;
    private KafkaProducer<String, byte[]> producer;

    public OutboxProducer(MessagingConfiguration messaging) {
        this.messaging = messaging;
    }

    synchronized KafkaProducer<String, byte[]> get() {
        if (producer == null) {
            producer = new KafkaProducer<>(properties(), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** After a failed send the producer may hold a broken sequence; a new one starts clean. */
    synchronized void reset() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private Properties properties() {
        int timeoutMs = (int) messaging.requestTimeout().toMillis();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, messaging.bootstrapServers());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, messaging.source().replace("/", "") + "-outbox");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMs / 2));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
        messaging.applyClientSettings(props);
        return props;
    }
}
