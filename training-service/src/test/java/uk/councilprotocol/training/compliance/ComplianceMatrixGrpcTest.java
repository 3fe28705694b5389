package uk.councilprotocol.training.compliance;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.ComplianceGrpc;
import uk.councilprotocol.contracts.training.v1.ListComplianceRequest;
import uk.councilprotocol.contracts.training.v1.PersonCompliance;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;
import uk.councilprotocol.training.TrainingFixtures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The people × courses matrix over gRPC: HR sees everyone, a department its own people, an officer nobody's. */
@MicronautTest(transactional = false)
class ComplianceMatrixGrpcTest {
    @Inject
    EmbeddedServer server;
    /** The service's business clock: "today" in these tests is its today, never the machine's. */
    @Inject
    Clock clock;
    @Inject
    GrpcEmbeddedServer grpcServer;

    @Test
    void hrSeesEveryoneADepartmentItsOwnAndAnOfficerIsRefused() throws Exception {
        TestScope scope = TestScope.of(getClass());
        assertThat(new HttpCalls(server.getURL().toString()).as(scope.token("hr", "hr"))
                .post("/roster/import", "text/csv", TrainingFixtures.smallRoster("mx", LocalDate.now(clock).toString())).status()).isEqualTo(200);
        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            List<PersonCompliance> everyone = GrpcCalls.withToken(ComplianceGrpc.newBlockingStub(channel), scope.token("hr", "hr"))
                    .listCompliance(ListComplianceRequest.getDefaultInstance()).getPeopleList();
            assertThat(everyone).extracting(p -> p.getPerson().getId()).contains("mx-CE", "mx-DIR", "mx-OFF", "mx-CLLR1", "mx-CLLR2");
            PersonCompliance councillor = everyone.stream().filter(p -> p.getPerson().getId().equals("mx-CLLR2")).findFirst().orElseThrow();
            assertThat(councillor.getCoursesList()).extracting(c -> c.getCourseCode())
                    .containsExactlyInAnyOrder("NOLAN_PRINCIPLES", "EQUALITY_DIVERSITY", "LEADERSHIP_CONFLICTS", "PLANNING_LICENSING");

            List<PersonCompliance> adults = GrpcCalls.withToken(ComplianceGrpc.newBlockingStub(channel),
                    scope.token("adults-lms", "service", "department:adults-and-communities"))
                    .listCompliance(ListComplianceRequest.getDefaultInstance()).getPeopleList();
            assertThat(adults).extracting(p -> p.getPerson().getId()).containsExactlyInAnyOrder("mx-DIR", "mx-OFF");

            assertThatThrownBy(() -> GrpcCalls.withToken(ComplianceGrpc.newBlockingStub(channel), scope.token("mx-OFF", "officer"))
                    .listCompliance(ListComplianceRequest.getDefaultInstance()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
