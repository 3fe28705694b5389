package uk.councilprotocol.testkit;

import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckResponse;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service must offer, checked through its real surfaces: HTTP health and readiness,
 * Prometheus metrics, the gRPC health service and server reflection. A service's test extends this
 * with {@code @MicronautTest} and names its own gRPC services.
 */
public abstract class ServiceSurfaceContract {
    @Inject
    protected EmbeddedServer server;
    @Inject
    protected GrpcEmbeddedServer grpcServer;

    /** Fully-qualified gRPC service names the service must expose. */
    protected abstract List<String> grpcServices();

    /** The PostgreSQL schema the service owns. */
    protected abstract String schema();

    protected HttpCalls http() {
        return new HttpCalls(server.getURL().toString());
    }

    @Test
    void healthAndReadinessAreUpWithoutCredentials() {
        HttpCalls.Reply health = http().get("/health");
        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.json().get("status").asText());
        assertEquals(200, http().get("/health/readiness").status());
        assertEquals(200, http().get("/health/liveness").status());
    }

    @Test
    void exposesPrometheusMetrics() {
        HttpCalls.Reply metrics = http().get("/prometheus");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "JVM metrics present");
        assertTrue(metrics.body().contains("outbox_pending"), "outbox backlog gauge present");
    }

    @Test
    void grpcHealthAndReflectionAnswer() throws Exception {
        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            assertEquals(HealthCheckResponse.ServingStatus.SERVING, GrpcCalls.health(channel, ""));
            List<String> services = GrpcCalls.reflectedServices(channel);
            assertTrue(services.contains("grpc.health.v1.Health"), "health service listed: " + services);
            for (String expected : grpcServices()) {
                assertTrue(services.contains(expected), expected + " listed: " + services);
            }
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void migratesItsOwnSchemaAndNoOther() throws Exception {
        List<String> schemas = new java.util.ArrayList<>();
        try (var sql = TestScope.of(getClass()).sql(); var rs = sql.createStatement().executeQuery(
                "SELECT DISTINCT table_schema FROM information_schema.tables "
                        + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        assertEquals(List.of(schema()), schemas);
        try (var sql = TestScope.of(getClass()).sql(); var rs = sql.createStatement().executeQuery(
                "SELECT count(*) FROM " + schema() + ".flyway_schema_history WHERE success")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1, "Flyway history kept in the service's schema");
        }
    }

    @Test
    void unknownRoutesAnswerWithProblemDetails() {
        HttpCalls.Reply reply = http().get("/no-such-thing");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }
}
