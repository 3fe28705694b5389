package uk.councilprotocol.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;

/**
 * A real PostgreSQL server: the one named by {@code PLATFORM_POSTGRES_URL} (with {@code PLATFORM_POSTGRES_USER}
 * and {@code PLATFORM_POSTGRES_PASSWORD}) if set, else a Testcontainers one where a Docker engine answers,
 * else the embedded PostgreSQL 17 binaries.
 */
public final class PostgresServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);

    /**
     * A system property: when true the embedded server counts every statement's calls and time in
     * {@code pg_stat_statements} (the benchmark's {@code --statements}), which costs a little on every statement.
     */
    public static final String STATEMENTS = "platform.postgres.statements";

    private final String host;
    private final int port;
    private final String adminDatabase;
    private final String user;
    private final String password;
    private final AutoCloseable owned;

    private PostgresServer(String host, int port, String adminDatabase, String user, String password, AutoCloseable owned) {
        this.host = host;
        this.port = port;
        this.adminDatabase = adminDatabase;
        this.user = user;
        this.password = password;
        this.owned = owned;
    }

    public static PostgresServer start() {
        String external = System.getenv("PLATFORM_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            return external(external);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine")
                    .withCommand("postgres", "-c", "max_connections=400", "-c", "fsync=off");
            container.start();
            LOG.info("PostgreSQL from Testcontainers at {}", container.getJdbcUrl());
            return new PostgresServer(container.getHost(), container.getFirstMappedPort(), container.getDatabaseName(),
                    container.getUsername(), container.getPassword(), container::stop);
        }
        return embedded(null, 0);
    }

    /** The embedded server; {@code dataDirectory} null means a fresh temporary one, {@code port} 0 a free one. */
    public static PostgresServer embedded(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "400")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off");
            if (Boolean.getBoolean(STATEMENTS)) {
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.info("Embedded PostgreSQL on port {}", postgres.getPort());
            return new PostgresServer("localhost", postgres.getPort(), "postgres", "postgres", "postgres", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    private static PostgresServer external(String url) {
        // jdbc:postgresql://host:port/database
        String rest = url.substring(url.indexOf("//") + 2);
        String hostPort = rest.substring(0, rest.indexOf('/'));
        String database = rest.substring(rest.indexOf('/') + 1).replaceAll("\\?.*", "");
        String[] parts = hostPort.split(":");
        LOG.info("Using external PostgreSQL at {}", url);
        return new PostgresServer(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 5432, database,
                env("PLATFORM_POSTGRES_USER", "postgres"), env("PLATFORM_POSTGRES_PASSWORD", "postgres"), () -> { });
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("PLATFORM_TESTCONTAINERS"))) {
            return false;
        }
        boolean configured = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"));
        if (!configured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(adminDatabase), user, password);
    }

    public void createDatabase(String name) {
        execute("CREATE DATABASE " + name);
    }

    /** The role services connect as in tests: not a superuser, so row-level security applies to it as in production. */
    public static final String SERVICE_ROLE = "platform_service";
    public static final String SERVICE_PASSWORD = "platform_service";

    /** A database a service may create its schema in, as {@link #SERVICE_ROLE} (created on first use). */
    public synchronized void createServiceDatabase(String name) {
        execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + SERVICE_ROLE + "') THEN "
                + "CREATE ROLE " + SERVICE_ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + SERVICE_PASSWORD + "'; END IF; END $$");
        createDatabase(name);
        execute("GRANT CREATE, CONNECT ON DATABASE " + name + " TO " + SERVICE_ROLE);
    }

    public void execute(String sql) {
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }

    @Override
    public void close() throws Exception {
        owned.close();
    }
}
