package uk.councilprotocol.testkit;

import com.google.protobuf.Message;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** What one test class owns: its database and its topic namespace, plus the shared servers. */
public final class TestScope {
    private final TestInfrastructure infrastructure;
    private final String database;
    private final String topicNamespace;

    TestScope(TestInfrastructure infrastructure, String database, String topicNamespace) {
        this.infrastructure = infrastructure;
        this.database = database;
        this.topicNamespace = topicNamespace;
    }

    public static TestScope of(Class<?> testClass) {
        return TestInfrastructure.shared().scopeFor(testClass);
    }

    /** The properties every service reads: database, Kafka, SMTP. */
    public Map<String, String> serviceProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", jdbcUrl());
        // as production does: a role that is not a superuser, so row-level security holds
        properties.put("datasources.default.username", PostgresServer.SERVICE_ROLE);
        properties.put("datasources.default.password", PostgresServer.SERVICE_PASSWORD);
        properties.put("messaging.bootstrap-servers", infrastructure.kafka().bootstrapServers());
        properties.put("messaging.topic-namespace", topicNamespace);
        properties.put("smtp.host", "127.0.0.1");
        properties.put("smtp.port", String.valueOf(infrastructure.mail().smtpPort()));
        // ports of their own, never the configured ones: a platform running here, or the same module's other test
        // JVMs (the date guard's days run side by side), may hold those
        properties.put("micronaut.server.port", "-1");
        properties.put("grpc.server.port", String.valueOf(FreePorts.one()));
        properties.put("micronaut.security.token.jwt.signatures.jwks.issuer.url", infrastructure.tokens().jwksUrl());
        properties.put("micronaut.security.token.jwt.claims-validators.issuer", infrastructure.tokens().issuer());
        return properties;
    }

    public String jdbcUrl() {
        return infrastructure.postgres().jdbcUrl(database);
    }

    /** A direct connection to this class's database as the administrator (who sees every council's rows), for assertions in SQL. */
    public Connection sql() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), infrastructure.postgres().user(), infrastructure.postgres().password());
    }

    /** A direct connection as the services' own role, to which row-level security applies: what a service's SQL sees. */
    public Connection sqlAsService() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), PostgresServer.SERVICE_ROLE, PostgresServer.SERVICE_PASSWORD);
    }

    /** The first column of the query's first row, read as the administrator (who sees every council); -1 on failure. */
    public long count(String query) {
        try (Connection connection = sql()) {
            return firstLong(connection, query);
        } catch (SQLException e) {
            return -1;
        }
    }

    /** The first column of the query's first row as text, read as the administrator; null when there is no row. */
    public String text(String query) {
        try (Connection connection = sql(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /**
     * The same, read as the services' own role with {@code app.council} set to the council (null: none set), so
     * row-level security decides what the query sees, exactly as it does for a service.
     */
    public long countAsService(String council, String query) throws SQLException {
        try (Connection connection = sqlAsService()) {
            if (council != null) {
                try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.council', ?, false)")) {
                    set.setString(1, council);
                    set.execute();
                }
            }
            return firstLong(connection, query);
        }
    }

    private static long firstLong(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** A token for a person or system of a named council (claim {@code council}). */
    public String tokenFor(String council, String subject, String... roles) {
        return infrastructure.tokens().token(subject, List.of(roles), Map.of("council", council), Duration.ofHours(1));
    }

    public String topic(String name) {
        return topicNamespace + name;
    }

    public MailServer mail() {
        return infrastructure.mail();
    }

    public DevTokenIssuer tokens() {
        return infrastructure.tokens();
    }

    /** A valid token from the issuer every service in this JVM trusts. */
    public String token(String subject, String... roles) {
        return infrastructure.tokens().token(subject, roles);
    }

    public String bootstrapServers() {
        return infrastructure.kafka().bootstrapServers();
    }

    public EventProbe probe(String topic) {
        return new EventProbe(bootstrapServers(), topic(topic));
    }

    public EventSender sender(String source) {
        return new EventSender(bootstrapServers(), source);
    }

    /** Events sent as one Kafka transaction, so a consumer sees them all at once (see {@link EventSender#together}). */
    public void sendTogether(String source, Consumer<EventSender> sends) {
        EventSender.together(bootstrapServers(), source, sends);
    }

    public void publish(String topic, String key, Message payload) {
        publishFor(null, topic, key, payload);
    }

    /** An event written in the trace {@code traceParent} (W3C), as another service's outbox sends it. */
    public void publishInTrace(String topic, String key, Message payload, String traceParent) {
        try (EventSender sender = sender("/tests")) {
            sender.send(topic(topic), key, payload, UUID.randomUUID().toString(), null, traceParent);
        }
    }

    /** An event of the named council, as another service acting for it would publish it. */
    public void publishFor(String council, String topic, String key, Message payload) {
        try (EventSender sender = sender("/tests")) {
            sender.send(topic(topic), key, payload, UUID.randomUUID().toString(), council);
        }
    }
}
