package uk.councilprotocol.deploy;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import uk.councilprotocol.testkit.FreePorts;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The local Kafka: one node, as the local run and the tests use it, or three as a production cluster runs
 * (every topic replicated three times, a write acknowledged once two copies have it, so one node may die without a
 * pause and without losing an acknowledged event). Each node is its own JVM ({@link KafkaNode}).
 */
public final class KafkaCluster implements AutoCloseable {
    private final List<KafkaNode> nodes;

    private KafkaCluster(List<KafkaNode> nodes) {
        this.nodes = nodes;
    }

    /**
     * {@code size} nodes: the first on the given ports (the documented ones for a single broker), the others on free
     * ports.
     */
    public static KafkaCluster of(Layout layout, int port, int controllerPort, int size) {
        if (size != 1 && size != 3) {
            throw new LaunchFailure("Kafka runs as 1 broker or a cluster of 3, not " + size);
        }
        List<KafkaNode> nodes = new ArrayList<>();
        nodes.add(new KafkaNode(layout, 1, port, controllerPort, size == 1 ? "kafka" : "kafka-1"));
        List<Integer> more = FreePorts.distinct(2 * (size - 1));
        for (int i = 1; i < size; i++) {
            nodes.add(new KafkaNode(layout, i + 1, more.get(2 * (i - 1)), more.get(2 * i - 1), "kafka-" + (i + 1)));
        }
        return new KafkaCluster(List.copyOf(nodes));
    }

    public int size() {
        return nodes.size();
    }

    /** Every node's address: a client finds the cluster through whichever answers. */
    public String bootstrapServers() {
        return nodes.stream().map(KafkaNode::address).collect(Collectors.joining(","));
    }

    /** Starts every node that is not running (formatting each the first time) and returns once all are in the cluster. */
    public void start() {
        String clusterId = KafkaNode.newClusterId();
        String settings = settings();
        try {
            for (KafkaNode node : nodes) {
                if (!node.isAlive()) {
                    node.launch(clusterId, settings);
                }
            }
            awaitMembers(nodes, Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new LaunchFailure("Kafka could not start (" + e.getMessage() + "); see " + nodes.get(0).log(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Stopped while Kafka was starting", e);
        }
    }

    /** Starts one node again on its data and returns once it is back in the cluster. */
    public void start(int nodeId) {
        KafkaNode node = node(nodeId);
        try {
            node.launch(KafkaNode.newClusterId(), settings());
            awaitMembers(List.of(node), Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new LaunchFailure("Kafka node " + nodeId + " could not start (" + e.getMessage() + "); see " + node.log(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Stopped while Kafka was starting", e);
        }
    }

    /** Stops every node and waits for each to exit (their data stays for the next start). */
    public void stop() throws InterruptedException {
        for (KafkaNode node : nodes) {
            node.stop();
        }
    }

    /** Kills every node outright (SIGKILL), as losing the whole cluster would; {@link #start()} brings it back. */
    public void kill() throws InterruptedException {
        for (KafkaNode node : nodes) {
            node.kill();
        }
    }

    /** Kills one node outright (SIGKILL); the others go on serving. */
    public void kill(int nodeId) throws InterruptedException {
        node(nodeId).kill();
    }

    /** The node leading the controllers' quorum now (the cluster's metadata goes through it). */
    public int quorumLeader() throws InterruptedException {
        try (Admin admin = admin(bootstrapServers())) {
            return admin.describeMetadataQuorum().quorumInfo().get(10, TimeUnit.SECONDS).leaderId();
        } catch (ExecutionException | TimeoutException e) {
            throw new LaunchFailure("Kafka did not say which node leads its quorum (" + e.getMessage() + ")", e);
        }
    }

    /** Stops the cluster for good: a start still under way launches nothing more. */
    @Override
    public void close() throws InterruptedException {
        for (KafkaNode node : nodes) {
            node.close();
        }
    }

    private KafkaNode node(int nodeId) {
        return nodes.stream().filter(node -> node.id() == nodeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Kafka node " + nodeId));
    }

    /** Waits until each of {@code expected} has registered with the cluster (asked through the nodes themselves). */
    private void awaitMembers(List<KafkaNode> expected, Duration timeout) throws InterruptedException {
        Set<Integer> ids = expected.stream().map(KafkaNode::id).collect(Collectors.toSet());
        String through = expected.stream().map(KafkaNode::address).collect(Collectors.joining(","));
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin(through)) {
            while (true) {
                for (KafkaNode node : expected) {
                    if (!node.isAlive()) {
                        throw new LaunchFailure("Kafka exited while starting; see " + node.log());
                    }
                }
                try {
                    Set<Integer> registered = admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).stream()
                            .map(Node::id).collect(Collectors.toSet());
                    if (registered.containsAll(ids)) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // not answering yet
                }
                if (System.nanoTime() > deadline) {
                    throw new LaunchFailure("Kafka was not ready within " + timeout.toSeconds() + " s; see "
                            + expected.get(0).log());
                }
                Thread.sleep(250);
            }
        }
    }

    private static Admin admin(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        return Admin.create(props);
    }

    /** The settings every node shares; replication as a production cluster has it when there are three. */
    private String settings() {
        int replicas = nodes.size();
        int inSync = Math.min(2, replicas);
        return String.join("\n",
                "process.roles=broker,controller",
                "controller.quorum.voters=" + nodes.stream().map(KafkaNode::voter).collect(Collectors.joining(",")),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "num.partitions=3",
                "default.replication.factor=" + replicas,
                "min.insync.replicas=" + inSync,
                "offsets.topic.replication.factor=" + replicas,
                "transaction.state.log.replication.factor=" + replicas,
                "transaction.state.log.min.isr=" + inSync,
                "auto.create.topics.enable=true",
                "group.initial.rebalance.delay.ms=0",
                // a node restarted after a crash may register again only once its old session has lapsed (9 s by
                // default), so a short session brings it back that much sooner
                "broker.session.timeout.ms=3000",
                "broker.heartbeat.interval.ms=1000",
                "");
    }
}
