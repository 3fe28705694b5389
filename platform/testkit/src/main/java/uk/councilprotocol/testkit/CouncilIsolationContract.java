package uk.councilprotocol.testkit;

import io.micronaut.context.env.Environment;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import io.grpc.ManagedChannel;
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
    @Inject
    protected Environment environment;

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
    @Order(Integer.MAX_VALUE - 1)
    void aCallerOfAnotherCouncilWithEveryRoleGetsNothingOfThisCouncilsFromAnyRouteOrMethodAndChangesNoneOfItsRows()
            throws Exception {
        TestScope scope = TestScope.of(getClass());
        String everyRole = scope.tokenFor(otherCouncil(), "isolation-probe", "admin", "hr", "hub", "standards",
                "officer", "councillor", "service");
        Map<String, String> before = rowsOfTheCouncil(scope, Set.of());
        // read once: a service may look its ids up in SQL, and every route and method needs them (per call, that was
        // most of the test's time)
        Map<String, String> ids = idsOfTheCouncil();
        List<String> leaks = new ArrayList<>();
        int calls = 0;

        HttpCalls http = new HttpCalls(server.getURL().toString()).as(everyRole);
        for (var route : router.uriRoutes().toList()) {
            String template = route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "");
            String method = route.getHttpMethodName();
            if (ServiceSurfaceContract.isPublic(template)) {
                continue;
            }
            String path = aimedAtTheCouncil(template, ids);
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
            for (var method : GrpcCalls.ownMethods(grpcServer)) {
                GrpcCalls.Reply reply = GrpcCalls.callWithFields(channel, method, everyRole, ids);
                calls++;
                boolean serverError = reply.code() == io.grpc.Status.Code.INTERNAL || reply.code() == io.grpc.Status.Code.UNKNOWN;
                judge(method.getFullMethodName(), serverError, reply.text(), leaks);
            }
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }

        assertTrue(leaks.isEmpty(), "A caller of " + otherCouncil() + " reached " + council() + ": " + leaks);
        assertTrue(calls >= minimumCalls(), "the inventory held only " + calls + " routes and methods");
        assertEquals(before, rowsOfTheCouncil(scope, Set.of()), council() + "'s rows changed (table → checksum)");
    }

    /**
     * The other council leaves: its admin takes its data (a CSV per table, none of this council's in it), only the
     * platform operator may erase it, and after the erasure not one of its rows is left in any table — audit trail,
     * outbox and mail log included — while every row of this council stays as it was. The closed council's
     * callers are refused from then on, by the service and by the database itself.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void whenTheOtherCouncilLeavesItsAdminTakesItsDataAndTheOperatorErasesItAllLeavingThisCouncilsUntouched()
            throws Exception {
        TestScope scope = TestScope.of(getClass());
        String base = server.getURL().toString();
        HttpCalls leavingAdmin = new HttpCalls(base).as(scope.tokenFor(otherCouncil(), "leaving-admin", "admin"));
        HttpCalls operator = new HttpCalls(base).as(scope.token("platform-operator", "operator"));

        assertEquals(403, new HttpCalls(base).as(scope.tokenFor(otherCouncil(), "not-an-admin", "hr", "hub", "standards"))
                .download("/council-data").status(), "only a council's admin takes its whole data");
        assertEquals(403, operator.download("/council-data").status(), "the operator sees no council's data");
        HttpCalls.Download export = leavingAdmin.download("/council-data");
        assertEquals(200, export.status(), "the leaving council's admin takes its data");
        assertTrue(export.disposition().contains(otherCouncil() + "-"), export.disposition());
        Map<String, String> files = unzipped(export.bytes());
        assertEquals(new TreeMap<>(rowCounts(scope, otherCouncil())).keySet().stream()
                .filter(table -> !table.equals("outbox_event")).toList(), List.copyOf(files.keySet()),
                "one CSV for every table with a council column but the outbox");
        assertTrue(files.values().stream().anyMatch(csv -> csv.lines().count() > 1), "the export holds the council's rows");
        files.forEach((table, csv) -> textOnlyTheCouncilHolds().forEach(text ->
                assertTrue(!csv.contains(text), table + ".csv carries " + council() + "'s '" + text + "'")));

        for (String[] role : List.of(new String[] {"admin"}, new String[] {"admin", "hr", "hub", "standards", "service"})) {
            HttpCalls.Reply refused = new HttpCalls(base).as(scope.tokenFor(council(), "not-an-operator", role))
                    .delete("/councils/" + otherCouncil());
            assertEquals(403, refused.status(), "only the platform operator erases a council: " + refused.body());
        }
        assertEquals(403, leavingAdmin.get("/councils").status(), "a council's admin does not list the councils");
        Map<String, String> before = rowsOfTheCouncil(scope, Set.of("audit_log"));
        long auditBefore = rowCounts(scope, council()).get("audit_log");
        HttpCalls.Reply listed = operator.get("/councils");
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains("\"" + otherCouncil() + "\""), listed.body());
        textOnlyTheCouncilHolds().forEach(text -> assertTrue(!listed.body().contains(text), "the operator sees counts only"));

        HttpCalls.Reply erased = operator.delete("/councils/" + otherCouncil());
        assertEquals(200, erased.status(), erased.body());
        Map<String, Long> left = rowCounts(scope, otherCouncil());
        assertTrue(left.values().stream().allMatch(n -> n == 0), otherCouncil() + "'s rows left behind: " + left);
        assertEquals(before, rowsOfTheCouncil(scope, Set.of("audit_log")), council() + "'s rows changed (table → checksum)");
        assertTrue(rowCounts(scope, council()).get("audit_log") >= auditBefore, council() + "'s audit trail lost entries");

        assertEquals(403, leavingAdmin.download("/council-data").status(), "the closed council's callers are refused");
        assertEquals(409, operator.delete("/councils/" + otherCouncil()).status(), "a council closes once");
        assertEquals(409, operator.put("/councils/" + otherCouncil(), "application/json", "").status(),
                "a closed council is not onboarded again");
        String defaultCouncil = environment.getProperty("platform.tenancy.default-council", String.class).orElse("default");
        HttpCalls.Reply defaultRefused = operator.delete("/councils/" + defaultCouncil);
        assertEquals(409, defaultRefused.status(), "the default council never closes: " + defaultRefused.body());
        assertEquals(404, operator.delete("/councils/never-served-here").status());
        HttpCalls.Reply badId = operator.delete("/councils/Not_An_Id");
        assertEquals(400, badId.status(), badId.body());
        assertTrue(badId.body().contains("council"), "the error names the field: " + badId.body());
        try (Connection connection = scope.sqlAsService();
             PreparedStatement open = connection.prepareStatement("SELECT " + schema() + ".open_council(?)")) {
            open.setString(1, otherCouncil());
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, open::execute);
            assertEquals("CP001", refused.getSQLState(), "the database refuses a closed council's connections");
        }
        assertEquals(200, new HttpCalls(base).as(scope.tokenFor(council(), "staying-admin", "admin"))
                .download("/council-data").status(), council() + " is served as before");

        afterTheOtherCouncilLeft(scope);
        Map<String, Long> stillLeft = rowCounts(scope, otherCouncil());
        assertTrue(stillLeft.values().stream().allMatch(n -> n == 0), otherCouncil() + "'s rows came back: " + stillLeft);
    }

    /**
     * What a service does to show that work arriving for the closed council afterwards (an event still on Kafka, a
     * scheduled run) writes nothing and sends nothing; the contract then checks again that no row of it is left.
     */
    protected void afterTheOtherCouncilLeft(TestScope scope) throws Exception {
    }

    /** Each table with a council column → how many rows the council has in it, read as the administrator. */
    private Map<String, Long> rowCounts(TestScope scope, String council) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = scope.sql()) {
            for (String table : SchemaTables.of(connection, schema(), true)) {
                try (PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM " + schema() + "." + table + " WHERE council = ?")) {
                    count.setString(1, council);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** The export's CSV files by table name. */
    private static Map<String, String> unzipped(byte[] zip) {
        Map<String, String> files = new TreeMap<>();
        HttpCalls.unzip(zip).forEach((name, text) -> files.put(name.replaceFirst("\\.csv$", ""), text));
        return files;
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
    private static String aimedAtTheCouncil(String template, Map<String, String> ids) {
        Matcher variable = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        String segment = template.replaceFirst("^/([^/]*).*", "$1");
        while (variable.find()) {
            String name = variable.group(1);
            String id = ids.getOrDefault(segment + "." + name, ids.getOrDefault(name, "x"));
            variable.appendReplacement(path, Matcher.quoteReplacement(id));
        }
        return variable.appendTail(path).toString();
    }

    /**
     * A checksum of this council's rows in every table of the schema with a council column, read as the
     * administrator: a change anywhere shows as the table whose checksum moved.
     */
    private Map<String, String> rowsOfTheCouncil(TestScope scope, Set<String> alsoLeftOut) throws SQLException {
        Map<String, String> checksums;
        try (Connection connection = scope.sql()) {
            Set<String> leftOut = new java.util.HashSet<>(MOVING_TABLES);
            leftOut.addAll(alsoLeftOut);
            checksums = SchemaTables.checksums(connection, schema(), SchemaTables.of(connection, schema(), true), council(), leftOut);
        }
        assertTrue(checksums.values().stream().anyMatch(sum -> !sum.startsWith("0:")), council() + " has no rows to guard");
        return checksums;
    }

}
