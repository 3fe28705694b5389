package uk.councilprotocol.testkit;

import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckResponse;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import io.micronaut.web.router.Router;
import org.yaml.snakeyaml.Yaml;

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
    @Inject
    protected Router router;

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
            assertTrue(services.contains("councilprotocol.platform.v1.Audit"), "audit service listed: " + services);
            for (String expected : grpcServices()) {
                assertTrue(services.contains(expected), expected + " listed: " + services);
            }
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void migratesItsOwnSchemaAndNoOther() throws Exception {
        List<String> schemas = new ArrayList<>();
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
        HttpCalls.Reply reply = http().as(TestScope.of(getClass()).token("surface-admin", "admin")).get("/no-such-thing");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    /** Every route the service serves, found from its router: each must refuse a call without a token. */
    @Test
    void everyHttpRouteRefusesACallWithoutAToken() {
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (var route : router.uriRoutes().toList()) {
            String template = route.getUriMatchTemplate().toString();
            String path = template.replaceAll("\\{[?&][^}]*}", "").replaceAll("\\{[^}]*}", "x");
            if (isPublic(path)) {
                continue;
            }
            HttpCalls.Reply reply = http().send(route.getHttpMethodName(), path);
            checked++;
            if (reply.status() != 401) {
                open.add(route.getHttpMethodName() + " " + template + " answered " + reply.status());
            }
        }
        assertTrue(open.isEmpty(), "routes reachable without a token: " + open);
        assertTrue(checked >= minimumProtectedRoutes(), "found only " + checked + " protected routes");
    }

    /**
     * The HTTP API described for a department's developer: the OpenAPI document, open to anyone, names every
     * route the router serves with its method, and Swagger UI shows it from files served here (no CDN).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentDescribesEveryRouteAndSwaggerUiShowsIt() {
        HttpCalls.Reply document = http().get("/openapi.yml");
        assertEquals(200, document.status(), document.body());
        assertTrue(document.contentType().startsWith("application/yaml"), document.contentType());
        Map<String, Object> paths = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(document.body())).get("paths");
        List<String> missing = new ArrayList<>();
        int described = 0;
        for (var route : router.uriRoutes().toList()) {
            String template = withoutPatterns(route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", ""));
            String method = route.getHttpMethodName();
            if (isPublic(template) || template.startsWith("/internal/") || "HEAD".equals(method) || "OPTIONS".equals(method)) {
                continue;
            }
            Map<String, Object> operations = paths.entrySet().stream()
                    .filter(path -> withoutPatterns(path.getKey()).equals(template))
                    .map(path -> (Map<String, Object>) path.getValue()).findFirst().orElse(Map.of());
            if (operations.containsKey(method.toLowerCase(java.util.Locale.ROOT))) {
                described++;
            } else {
                missing.add(method + " " + template);
            }
        }
        assertTrue(missing.isEmpty(), "routes the OpenAPI document leaves out: " + missing);
        assertTrue(described >= minimumProtectedRoutes(), "described only " + described + " routes");

        HttpCalls.Reply page = http().get("/openapi");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("/openapi.yml"), "the page loads the document");
        for (String file : List.of("swagger-ui-bundle.js", "swagger-ui.css")) {
            assertTrue(page.body().contains("/openapi/ui/" + file), file + " linked");
            assertEquals(200, http().get("/openapi/ui/" + file).status(), file);
        }
        assertEquals(404, http().get("/openapi/ui/index.html").status(), "only the named files are served");
    }

    /** {@code /people/{id:[0-9]+}} and {@code /people/{id}} name the same route. */
    private static String withoutPatterns(String template) {
        return template.replaceAll("\\{([^}:]*):[^}]*}", "{$1}");
    }

    /** Every gRPC method of every service on the server, from the service descriptors, but health and reflection. */
    @Test
    void everyGrpcMethodRefusesACallWithoutAToken() throws Exception {
        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        List<String> open = new ArrayList<>();
        try {
            for (var method : GrpcCalls.ownMethods(grpcServer)) {
                io.grpc.Status.Code code = GrpcCalls.callWithEmptyMessage(channel, method, null);
                if (code != io.grpc.Status.Code.UNAUTHENTICATED) {
                    open.add(method.getFullMethodName() + " answered " + code);
                }
            }
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        assertTrue(open.isEmpty(), "gRPC methods callable without a token: " + open);
    }

    /**
     * Fuzzing's first finding: a NUL character in a path ({@code GET /enquiries/%00}) or in a text field reached
     * PostgreSQL, which cannot store it, and the caller got a 5xx. Every route and every gRPC method, called with
     * every role, must refuse it as bad input instead — and name where it was.
     */
    @Test
    void aNulCharacterInAnyPathOrTextFieldIsBadInputNeverAServerError() throws Exception {
        TestScope scope = TestScope.of(getClass());
        String everyone = scope.token("fuzz", "admin", "hr", "hub", "standards", "officer", "service");
        List<String> failed = new ArrayList<>();
        for (var route : router.uriRoutes().toList()) {
            String template = route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "");
            if (isPublic(template) || !template.contains("{")) {
                continue;
            }
            String path = template.replaceAll("\\{[^}]*}", "a%00b");
            HttpCalls.Reply reply = http().as(everyone).send(route.getHttpMethodName(), path);
            boolean named = "HEAD".equals(route.getHttpMethodName()) || reply.body().contains("\"field\"");   // HEAD has no body
            if (reply.status() != 400 || !named) {
                failed.add(route.getHttpMethodName() + " " + path + " answered " + reply.status());
            }
        }
        HttpCalls.Reply query = http().as(everyone).get("/audit?limit=a%00b");
        if (query.status() >= 500) {
            failed.add("GET /audit?limit=a%00b answered " + query.status());
        }
        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            for (var method : GrpcCalls.ownMethods(grpcServer)) {
                io.grpc.Status.Code code = GrpcCalls.callWithNulText(channel, method, everyone);
                if (code == io.grpc.Status.Code.INTERNAL || code == io.grpc.Status.Code.UNKNOWN) {
                    failed.add(method.getFullMethodName() + " answered " + code);
                }
            }
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        assertTrue(failed.isEmpty(), "NUL characters that were not refused as bad input: " + failed);
    }

    /**
     * Generated bad input ({@link BadInputs}) to every route and every gRPC method, with every role: bad path
     * values, malformed and out-of-range queries, malformed, mistyped, deep, huge and non-UTF-8 bodies, a broken
     * multipart upload, and gRPC requests with every field at its extremes. None may answer with a server error,
     * and none may write a row.
     */
    @Test
    void generatedBadInputToEveryRouteAndMethodIsNeverAServerErrorAndWritesNothing() throws Exception {
        TestScope scope = TestScope.of(getClass());
        String everyone = scope.token("fuzz", "admin", "hr", "hub", "standards", "officer", "councillor", "service");
        HttpCalls http = http().as(everyone);
        Map<String, String> before = tableChecksums(scope);
        List<String> failed = new ArrayList<>();
        int calls = 0;
        for (var route : router.uriRoutes().toList()) {
            String template = route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "");
            String method = route.getHttpMethodName();
            if (isPublic(template) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            if (template.contains("{")) {
                BadInputs.pathValues().forEach(v -> paths.add(template.replaceAll("\\{[^}]*}", v.value())));
            }
            String plain = template.replaceAll("\\{[^}]*}", "x");
            BadInputs.queries().forEach(q -> paths.add(plain + q.value()));
            for (String path : paths) {
                calls++;
                judge(method + " " + cut(path), http.sendBytes(method, path, "application/json", new byte[0]).status(), failed);
            }
            if (List.of("POST", "PUT", "PATCH").contains(method)) {
                for (var body : BadInputs.bodies()) {
                    calls++;
                    judge(method + " " + plain + " with " + body.name(), http.sendBytes(method, plain, "application/json", body.value()).status(), failed);
                }
                calls += 2;
                judge(method + " " + plain + " with a broken multipart body",
                        http.sendBytes(method, plain, BadInputs.BROKEN_MULTIPART_TYPE, BadInputs.BROKEN_MULTIPART).status(), failed);
                judge(method + " " + plain + " with a CSV of junk", http.sendBytes(method, plain, "text/csv",
                        "id,full_name,email\n\u0001,\"unclosed,\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status(), failed);
            }
        }
        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            for (var method : GrpcCalls.ownMethods(grpcServer)) {
                if (!(method.getRequestMarshaller() instanceof io.grpc.MethodDescriptor.PrototypeMarshaller<?> marshaller)) {
                    continue;
                }
                for (var request : BadInputs.grpcRequests((com.google.protobuf.Message) marshaller.getMessagePrototype())) {
                    calls++;
                    GrpcCalls.Reply reply = GrpcCalls.callWithRequest(channel, method, everyone, request.value());
                    if (reply.code() == io.grpc.Status.Code.INTERNAL || reply.code() == io.grpc.Status.Code.UNKNOWN) {
                        failed.add(method.getFullMethodName() + " with " + request.name() + " answered " + reply.code()
                                + " (" + cut(reply.text()) + ")");
                    }
                }
            }
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        assertTrue(failed.isEmpty(), "bad input that was not refused as bad input (" + calls + " calls): " + failed);
        assertEquals(before, tableChecksums(scope), "bad input wrote rows (table -> checksum)");
    }

    private static void judge(String call, int status, List<String> failed) {
        if (status >= 500) {
            failed.add(call + " answered " + status);
        }
    }

    private static String cut(String path) {
        return path.length() > 120 ? path.substring(0, 120) + "…" : path;
    }

    /** A checksum of every table of the schema but the logs that record the calls themselves (audit, inbox, outbox). */
    private Map<String, String> tableChecksums(TestScope scope) throws java.sql.SQLException {
        try (java.sql.Connection connection = scope.sql()) {
            return SchemaTables.checksums(connection, schema(), SchemaTables.of(connection, schema(), false), null,
                    java.util.Set.of("audit_log", "outbox_event", "processed_event"));
        }
    }

    @Test
    void aTokenSignedByAnotherIssuerIsRefused() throws Exception {
        TestScope scope = TestScope.of(getClass());
        String forged = DevTokenIssuer.foreignToken(scope.tokens().issuer(), "mallory", "admin", "hr");
        for (var route : router.uriRoutes().toList()) {
            String path = route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "").replaceAll("\\{[^}]*}", "x");
            if (!isPublic(path)) {
                assertEquals(401, http().as(forged).send(route.getHttpMethodName(), path).status(), path);
            }
        }
        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            for (io.grpc.ServerServiceDefinition service : grpcServer.getServer().getServices()) {
                String name = service.getServiceDescriptor().getName();
                if (!name.startsWith("grpc.")) {
                    var method = service.getMethods().iterator().next().getMethodDescriptor();
                    assertEquals(io.grpc.Status.Code.UNAUTHENTICATED, GrpcCalls.callWithEmptyMessage(channel, method, forged));
                }
            }
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Raise it in a service's test as it gains routes, so the enumeration cannot silently find none. */
    protected int minimumProtectedRoutes() {
        return 1;
    }

    /** Health and Prometheus: the routes served without a token. */
    static boolean isPublic(String path) {
        return path.equals("/health") || path.startsWith("/health/") || path.equals("/prometheus")
                || path.equals("/openapi.yml") || path.equals("/openapi") || path.startsWith("/openapi/");
    }
}
