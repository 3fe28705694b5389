package uk.councilprotocol.enquiries.deadlines;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.context.annotation.Property;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.enquiries.v1.CalendarRules;
import uk.councilprotocol.contracts.enquiries.v1.CouncilCalendarChanged;
import uk.councilprotocol.contracts.enquiries.v1.CouncilCalendarGrpc;
import uk.councilprotocol.contracts.enquiries.v1.CouncilCalendarView;
import uk.councilprotocol.contracts.enquiries.v1.GetCouncilCalendarRequest;
import uk.councilprotocol.contracts.enquiries.v1.SetCouncilCalendarRequest;
import uk.councilprotocol.testkit.EventProbe;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A council's admin sets its own working calendar while the platform runs: Glenmoor moves to Scotland's bank holidays
 * and a 15-day promise, and its deadlines follow at once while Eastmoor's on the same deployment do not.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "platform.tenancy.default-council", value = "eastmoor")
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
class CouncilCalendarChoicesTest {
    /** Monday 30 November 2026, St Andrew's Day: a working day in England, a bank holiday in Scotland. */
    static final String ST_ANDREWS_DAY_MORNING = "/working-days/deadline?receivedAt=2026-11-30T09:00:00Z";

    @Inject
    EmbeddedServer server;
    @Inject
    GrpcEmbeddedServer grpcServer;

    final TestScope scope = TestScope.of(getClass());
    ManagedChannel channel;

    @BeforeAll
    void open() {
        channel = GrpcCalls.channel(grpcServer.getPort());
    }

    @AfterAll
    void close() {
        channel.shutdownNow();
    }

    HttpCalls as(String council, String subject, String... roles) {
        return new HttpCalls(server.getURL().toString()).as(scope.tokenFor(council, subject, roles));
    }

    CouncilCalendarGrpc.CouncilCalendarBlockingStub grpcAs(String council, String subject, String... roles) {
        return GrpcCalls.withToken(CouncilCalendarGrpc.newBlockingStub(channel), scope.tokenFor(council, subject, roles))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    @Test
    void anAdminMovesTheirCouncilToScotlandAndItsDeadlinesFollowAtOnce() {
        HttpCalls admin = as("glenmoor", "glen-admin", "admin");
        JsonNode before = admin.get("/council-settings/calendar").json();
        assertThat(before.path("own").path("division").isTextual()).as(before.toString()).isFalse();
        assertThat(before.get("inEffect").get("division").asText()).isEqualTo("england-and-wales");
        assertThat(before.get("inEffect").get("responseWorkingDays").asInt()).isEqualTo(10);
        assertThat(admin.get(ST_ANDREWS_DAY_MORNING).json().get("countsFrom").asText()).isEqualTo("2026-11-30");

        try (EventProbe events = scope.probe("enquiries.events.v1")) {
            HttpCalls.Reply changed = admin.put("/council-settings/calendar", "application/json",
                    HttpCalls.toJson(Map.of("division", "scotland", "responseWorkingDays", 15)));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            JsonNode view = changed.json();
            assertThat(view.get("own").get("division").asText()).isEqualTo("scotland");
            assertThat(view.path("own").path("closesAt").isTextual()).as("kept as configured").isFalse();
            assertThat(view.get("inEffect").get("closesAt").asText()).isEqualTo("17:00");
            assertThat(view.get("inEffect").get("responseWorkingDays").asInt()).isEqualTo(15);
            assertThat(view.get("updatedBy").asText()).isEqualTo("glen-admin");

            var event = events.await(CouncilCalendarChanged.getDescriptor().getFullName(), 1, Duration.ofSeconds(30)).get(0);
            assertThat(event.key()).isEqualTo("glenmoor");
            assertThat(new String(event.headers().lastHeader("ce_council").value())).isEqualTo("glenmoor");
        }

        JsonNode glenmoor = admin.get(ST_ANDREWS_DAY_MORNING).json();
        assertThat(glenmoor.get("countsFrom").asText()).as("St Andrew's Day is not a working day in Scotland").isEqualTo("2026-12-01");
        assertThat(glenmoor.get("workingDays").asInt()).isEqualTo(15);
        assertThat(as("glenmoor", "glen-hub", "hub").get("/working-days").json().get("division").asText()).isEqualTo("scotland");

        JsonNode eastmoor = as("eastmoor", "east-hub", "hub").get(ST_ANDREWS_DAY_MORNING).json();
        assertThat(eastmoor.get("countsFrom").asText()).as("Eastmoor keeps England's calendar").isEqualTo("2026-11-30");
        assertThat(eastmoor.get("workingDays").asInt()).isEqualTo(10);
        assertThat(scope.count("SELECT count(*) FROM enquiries.audit_log WHERE council = 'glenmoor' AND actor = 'glen-admin'"
                + " AND action = 'PUT /council-settings/calendar' AND outcome = '200'")).isEqualTo(1);

        // over gRPC, the close of the working day only: the division and the days stay as chosen
        CouncilCalendarView overGrpc = grpcAs("glenmoor", "glen-admin", "admin").setCouncilCalendar(SetCouncilCalendarRequest.newBuilder()
                .setRules(CalendarRules.newBuilder().setDivision("scotland").setClosesAt("16:00").setResponseWorkingDays(15)).build());
        assertThat(overGrpc.getInEffect().getClosesAt()).isEqualTo("16:00");
        assertThat(overGrpc.getOwn().getDivision()).isEqualTo("scotland");
        assertThat(as("glenmoor", "glen-hub", "hub").get("/working-days/deadline?receivedAt=2026-12-01T16:30:00Z").json()
                .get("countsFrom").asText()).as("after 16:00 counts from the next working day").isEqualTo("2026-12-02");

        // emptied again: back to the deployment's calendar
        admin.put("/council-settings/calendar", "application/json", "{}");
        assertThat(admin.get(ST_ANDREWS_DAY_MORNING).json().get("countsFrom").asText()).isEqualTo("2026-11-30");
    }

    @Test
    void badChoicesAreNamedAndNothingIsStored() throws Exception {
        HttpCalls admin = as("eastmoor", "east-admin", "admin");
        HttpCalls.Reply refused = admin.put("/council-settings/calendar", "application/json",
                HttpCalls.toJson(Map.of("division", "wales", "closesAt", "25:00", "responseWorkingDays", 40)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("division", "closesAt", "responseWorkingDays");
        assertThat(scope.countAsService("eastmoor", "SELECT count(*) FROM enquiries.council_calendar")).isZero();

        assertThatThrownBy(() -> grpcAs("eastmoor", "east-admin", "admin").setCouncilCalendar(SetCouncilCalendarRequest.newBuilder()
                .setRules(CalendarRules.newBuilder().setDivision("narnia")).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("division");
                });
        assertThat(scope.countAsService("eastmoor", "SELECT count(*) FROM enquiries.council_calendar")).isZero();
    }

    @Test
    void onlyTheAdminChangesItAndOnlyTheAdminAndTheHubReadIt() throws Exception {
        String scottish = HttpCalls.toJson(Map.of("division", "scotland"));
        for (String role : List.of("hub", "hr", "officer", "councillor", "standards", "department:environment-and-place")) {
            assertThat(as("eastmoor", "someone", role).put("/council-settings/calendar", "application/json", scottish).status())
                    .as(role).isEqualTo(403);
            assertThatThrownBy(() -> grpcAs("eastmoor", "someone", role).setCouncilCalendar(SetCouncilCalendarRequest.newBuilder()
                    .setRules(CalendarRules.newBuilder().setDivision("scotland")).build()))
                    .as(role).isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        }
        for (String role : List.of("hr", "officer", "councillor")) {
            assertThat(as("eastmoor", "someone", role).get("/council-settings/calendar").status()).as(role).isEqualTo(403);
        }
        assertThat(as("eastmoor", "east-hub", "hub").get("/council-settings/calendar").status()).isEqualTo(200);
        assertThat(grpcAs("eastmoor", "east-hub", "hub").getCouncilCalendar(GetCouncilCalendarRequest.getDefaultInstance())
                .getInEffect().getDivision()).isEqualTo("england-and-wales");
        assertThat(scope.countAsService("eastmoor", "SELECT count(*) FROM enquiries.council_calendar")).isZero();
    }
}
