package uk.councilprotocol.platform.events;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Where Kafka is and how this service names itself on it.
 *
 * @param bootstrapServers Kafka bootstrap servers (env {@code KAFKA_BOOTSTRAP_SERVERS})
 * @param source           the CloudEvents {@code ce_source} of events this service publishes
 * @param topicNamespace   prefixed to every topic name; empty in production, unique per test class in tests
 * @param requestTimeout   how long a publish may wait for the broker before the relay retries later
 * @param client           extra Kafka client settings for producer and consumers alike, e.g.
 *                         {@code messaging.client.security.protocol: SSL} (env {@code MESSAGING_CLIENT_SECURITY_PROTOCOL})
 */
@ConfigurationProperties("messaging")
public record MessagingConfiguration(String bootstrapServers,
                                     String source,
                                     @Nullable String topicNamespace,
                                     @Nullable Duration requestTimeout,
                                     @Nullable Map<String, Object> client) {

    public MessagingConfiguration {
        topicNamespace = topicNamespace == null ? "" : topicNamespace;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        client = client == null ? Map.of() : Map.copyOf(client);
    }

    /** Adds the configured extra client settings (TLS, SASL, ...) to a producer's or consumer's properties. */
    public void applyClientSettings(Properties properties) {
        client.forEach((key, value) -> properties.put(key, String.valueOf(value)));
    }

    public String topic(String name) {
        return topicNamespace + name;
    }
}
