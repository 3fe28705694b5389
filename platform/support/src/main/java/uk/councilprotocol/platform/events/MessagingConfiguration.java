package uk.councilprotocol.platform.events;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * Where Kafka is and how this service names itself on it.
 *
 * @param bootstrapServers Kafka bootstrap servers (env {@code KAFKA_BOOTSTRAP_SERVERS})
 * @param source           the CloudEvents {@code ce_source} of events this service publishes
 * @param topicNamespace   prefixed to every topic name; empty in production, unique per test class in tests
 * @param requestTimeout   how long a publish may wait for the broker before the relay retries later
 */
@ConfigurationProperties("messaging")
public record MessagingConfiguration(String bootstrapServers,
                                     String source,
                                     @Nullable String topicNamespace,
                                     @Nullable Duration requestTimeout) {

    public MessagingConfiguration {
        topicNamespace = topicNamespace == null ? "" : topicNamespace;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
    }

    public String topic(String name) {
        return topicNamespace + name;
    }
}
