package uk.councilprotocol.training.tenancy;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.platform.v1.CouncilAdministrationGrpc;
import uk.councilprotocol.contracts.platform.v1.CouncilSummary;
import uk.councilprotocol.contracts.platform.v1.OnboardCouncilRequest;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;
import uk.councilprotocol.training.TrainingFixtures;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A council joins a running single-council deployment: the platform operator onboards it (no restart, no
 * setting), its people are served from then on, and it starts with the default council's courses and rules, so its
 * roster is assigned the mandatory training at once. Only the operator may; a bad id is named; doing it twice is
 * harmless.
 */
@MicronautTest(transactional = false)
class CouncilOnboardingTest {
    @Inject
    EmbeddedServer server;
    @Inject
    GrpcEmbeddedServer grpcServer;

    final TestScope scope = TestScope.of(getClass());

    HttpCalls as(String token) {
        return new HttpCalls(server.getURL().toString()).as(token);
    }

    @Test
    void theOperatorOnboardsACouncilWhichGetsTheDefaultCatalogueAndIsServedAtOnce() {
        HttpCalls newmoorHr = as(scope.tokenFor("newmoor", "hr-nia", "hr"));
        HttpCalls operator = as(scope.token("platform-operator", "operator"));
        assertThat(newmoorHr.get("/courses").status()).as("not yet served").isEqualTo(403);

        HttpCalls.Reply refused = as(scope.token("admin", "admin", "hr", "standards", "service")).put("/councils/newmoor", "application/json", "");
        assertThat(refused.status()).as("only the operator onboards").isEqualTo(403);
        HttpCalls.Reply badId = operator.put("/councils/New_Moor", "application/json", "");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body()).contains("\"council\"");

        HttpCalls.Reply onboarded = operator.put("/councils/newmoor", "application/json", "");
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(200);
        assertThat(onboarded.json().get("state").asText()).isEqualTo("served");

        HttpCalls defaultHr = as(scope.token("hr-amy", "hr"));
        assertThat(newmoorHr.get("/courses").json().findValuesAsText("code"))
                .isNotEmpty().containsExactlyInAnyOrderElementsOf(defaultHr.get("/courses").json().findValuesAsText("code"));
        int rules = defaultHr.get("/rules").json().size();
        assertThat(newmoorHr.get("/rules").json().size()).isEqualTo(rules).isPositive();

        HttpCalls.Reply roster = newmoorHr.post("/roster/import", "text/csv", TrainingFixtures.smallRoster("nm", "2026-09-01"));
        assertThat(roster.status()).as(roster.body()).isEqualTo(200);
        assertThat(roster.json().get("assignmentsCreated").asInt()).as("the copied rules assign its people").isPositive();

        assertThat(operator.put("/councils/newmoor", "application/json", "").status()).as("again: harmless").isEqualTo(200);
        assertThat(newmoorHr.get("/rules").json().size()).as("no rule copied twice").isEqualTo(rules);
        assertThat(operator.get("/councils").body()).contains("\"newmoor\"");
    }

    @Test
    void overGrpcTooAndAClosedCouncilsIdIsNotReused() throws Exception {
        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            var operator = GrpcCalls.withToken(CouncilAdministrationGrpc.newBlockingStub(channel), scope.token("platform-operator", "operator"));
            CouncilSummary westmoor = operator.onboardCouncil(OnboardCouncilRequest.newBuilder().setCouncil("westmoor").build());
            assertThat(westmoor.getState()).isEqualTo("served");
            assertThat(as(scope.tokenFor("westmoor", "hr-wes", "hr")).get("/courses").status()).isEqualTo(200);

            assertThat(as(scope.token("platform-operator", "operator")).delete("/councils/westmoor").status()).isEqualTo(200);
            assertThatThrownBy(() -> operator.onboardCouncil(OnboardCouncilRequest.newBuilder().setCouncil("westmoor").build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
            var hr = GrpcCalls.withToken(CouncilAdministrationGrpc.newBlockingStub(channel), scope.token("hr-amy", "hr", "admin"));
            assertThatThrownBy(() -> hr.onboardCouncil(OnboardCouncilRequest.newBuilder().setCouncil("eastbay").build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
