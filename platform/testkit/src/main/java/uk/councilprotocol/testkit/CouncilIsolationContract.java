package uk.councilprotocol.testkit;

import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import io.grpc.ManagedChannel;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenancy from the route inventory: a caller of another council, holding every role, calls every HTTP route the
 * router serves and every gRPC method the server offers, aimed at this council's data (its ids in every path
 * variable and every request field of the same name). Nothing it gets back may carry this council's data — reads,
 * lists, reports, exports, analytics and the audit trail alike —, nothing may answer with a server error, and not
 * one of this council's rows may change. A new route or method is covered the day it is added.
 *
 * <p>A service's {@code CouncilIsolationTest} extends this, seeds both councils (the same ids in each is the harder
 * case), and names this council's ids and text found only in its data. The calls run last in the class, since they
 * write into the calling council.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class CouncilIsolationContract {
    /** Tables whose rows other work changes on its own schedule: the outbox relay marks rows sent, the inbox records. */
    private static final Set<String> MOVING_TABLES = Set.of("outbox_event", "processed_event");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}?&:]+)(:[^}]*)?}");

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected GrpcEmbeddedServer grpcServer;
    @Inject
    protected Router router;

    /** The service's schema, whose every table with a council column is checked. */
    protected abstract String schema();

    /** The council whose data is guarded: the isolation tests' Eastmoor unless a service says otherwise. */
    protected String council() {
        return "eastmoor";
    }

    /** The council of the caller who tries to reach it: Glenmoor unless a service says otherwise. */
    protected String otherCouncil() {
        return "glenmoor";
    }

    /**
     * This council's ids by path variable name ({@code personId}), or by the route's first segment and the variable
     * where one name means different things ({@code plans.id}, {@code actions.id}); gRPC request fields match the
     * plain names in snake case ({@code person_id}).
     */
    protected abstract Map<String, String> idsOfTheCouncil();

    /** Text that only this council's data holds (a person's name, a subject line); none may reach the other council. */
    protected abstract List<String> textOnlyTheCouncilHolds();

    /** Raise it as the service gains routes and methods, so the inventory cannot silently come back empty. */
    protected int minimumCalls() {
        return 10;
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aCallerOfAnotherCouncilWithEveryRoleGetsNothingOfThisCouncilsFromAnyRouteOrMethodAndChangesNoneOfItsRows()
            throws Exception {
        TestScope scope = TestScope.of(getClass());
        String everyRole = scope.tokenFor(otherCouncil(), "isolation-probe", "admin", "hr", "hub", "standards",
                "officer", "councillor", "service");
        Map<String, String> before = rowsOfTheCouncil(scope);
        List<String> leaks = new ArrayList<>();
        int calls = 0;

        HttpCalls http = new HttpCalls(server.getURL().toString()).as(everyRole);
        for (var route : router.uriRoutes().toList()) {
            String template = route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "");
            String method = route.getHttpMethodName();
            if (ServiceSurfaceContract.isPublic(template)) {
                continue;
            }
            String path = aimedAtTheCouncil(template);
            HttpCalls.Reply reply = switch (method) {
                case "POST" -> http.post(path, "application/json", "{}");
                case "PUT" -> http.put(path, "application/json", "{}");
                default -> http.send(method, path);
            };
            calls++;
            judge(method + " " + path, reply.status() >= 500, reply.body(), leaks);
        }

        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            for (ServerServiceDefinition service : grpcServer.getServer().getServices()) {
                if (service.getServiceDescriptor().getName().startsWith("grpc.")) {
                    continue;
                }
                for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
                    GrpcCalls.Reply reply = GrpcCalls.callWithFields(channel, method.getMethodDescriptor(), everyRole,
                            idsOfTheCouncil());
                    calls++;
                    boolean serverError = reply.code() == io.grpc.Status.Code.INTERNAL || reply.code() == io.grpc.Status.Code.UNKNOWN;
                    judge(method.getMethodDescriptor().getFullMethodName(), serverError, reply.text(), leaks);
                }
            }
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }

        assertTrue(leaks.isEmpty(), "A caller of " + otherCouncil() + " reached " + council() + ": " + leaks);
        assertTrue(calls >= minimumCalls(), "the inventory held only " + calls + " routes and methods");
        assertEquals(before, rowsOfTheCouncil(scope), council() + "'s rows changed (table → checksum)");
    }

    private void judge(String call, boolean serverError, String answer, List<String> leaks) {
        if (serverError) {
            leaks.add(call + " failed with a server error");
        }
        for (String text : textOnlyTheCouncilHolds()) {
            if (answer.contains(text)) {
                leaks.add(call + " answered with '" + text + "'");
            }
        }
    }

    /** The route with each path variable set to this council's id of that name (else a value no council has). */
    private String aimedAtTheCouncil(String template) {
        Matcher variable = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        String segment = template.replaceFirst("^/([^/]*).*", "$1");
        while (variable.find()) {
            String name = variable.group(1);
            String id = idsOfTheCouncil().getOrDefault(segment + "." + name, idsOfTheCouncil().getOrDefault(name, "x"));
            variable.appendReplacement(path, Matcher.quoteReplacement(id));
        }
        return variable.appendTail(path).toString();
    }

    /**
     * A checksum of this council's rows in every table of the schema with a council column, read as the
     * administrator: a change anywhere shows as the table whose checksum moved.
     */
    private Map<String, String> rowsOfTheCouncil(TestScope scope) throws SQLException {
        Map<String, String> checksums = new TreeMap<>();
        try (Connection connection = scope.sql()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT table_name FROM information_schema.columns WHERE table_schema = ? AND column_name = 'council'")) {
                find.setString(1, schema());
                try (ResultSet rs = find.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            for (String table : tables) {
                if (MOVING_TABLES.contains(table)) {
                    continue;
                }
                try (PreparedStatement sum = connection.prepareStatement("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                        + "ORDER BY t::text)), '') FROM " + schema() + "." + table + " t WHERE t.council = ?")) {
                    sum.setString(1, council());
                    try (ResultSet rs = sum.executeQuery()) {
                        rs.next();
                        checksums.put(table, rs.getString(1));
                    }
                }
            }
        }
        assertTrue(checksums.values().stream().anyMatch(sum -> !sum.startsWith("0:")), council() + " has no rows to guard");
        return checksums;
    }
}
