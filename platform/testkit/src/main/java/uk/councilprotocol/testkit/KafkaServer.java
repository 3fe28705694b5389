package uk.councilprotocol.testkit;

import kafka.testkit.KafkaClusterTestKit;
import kafka.testkit.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker in KRaft mode, in this JVM (one combined broker/controller node), or the cluster
 * named by {@code PLATFORM_KAFKA_BOOTSTRAP}.
 */
public final class KafkaServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaServer.class);

    private final String bootstrapServers;
    private final KafkaClusterTestKit cluster;

    private KafkaServer(String bootstrapServers, KafkaClusterTestKit cluster) {
        this.bootstrapServers = bootstrapServers;
        this.cluster = cluster;
    }

    public static KafkaServer start() {
        String external = System.getenv("PLATFORM_KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            LOG.info("Using external Kafka at {}", external);
            return new KafkaServer(external, null);
        }
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build();
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("default.replication.factor", "1")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String bootstrap = cluster.bootstrapServers();
            LOG.info("In-process Kafka (KRaft) at {}", bootstrap);
            return new KafkaServer(bootstrap, cluster);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start in-process Kafka", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }
}
