package uk.councilprotocol.training.roster;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.GetPersonRequest;
import uk.councilprotocol.contracts.training.v1.ImportRosterReport;
import uk.councilprotocol.contracts.training.v1.ImportRosterRequest;
import uk.councilprotocol.contracts.training.v1.RosterGrpc;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.TestScope;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roster import over gRPC (as the web console uses it): all or nothing, each bad row and column named, HR only. */
@MicronautTest(transactional = false)
class RosterGrpcImportTest {
    @Inject
    GrpcEmbeddedServer grpcServer;

    @Test
    void hrImportsABadFileIsRefusedRowByRowAndAnOfficerMayNot() throws Exception {
        TestScope scope = TestScope.of(getClass());
        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            RosterGrpc.RosterBlockingStub hr = GrpcCalls.withToken(RosterGrpc.newBlockingStub(channel), scope.token("hr", "hr"));
            ImportRosterReport report = hr.importRoster(ImportRosterRequest.newBuilder().setCsv(
                    "id,full_name,email,kind,department,start_date\ngi-1,Gia Import,gia@example.gov.uk,officer,Finance,2025-04-01\n").build());
            assertThat(report.getCreated()).isEqualTo(1);
            assertThat(report.getAssignmentsCreated()).isPositive();

            assertThatThrownBy(() -> hr.importRoster(ImportRosterRequest.newBuilder().setCsv("id,full_name,email,kind,department,start_date\n"
                    + "gi-2,Good Row,good@example.gov.uk,officer,Finance,2025-04-01\n"
                    + "gi-3,Bad Email,not-an-email,officer,Finance,2025-04-01\n").build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                        assertThat(GrpcCalls.badRequestFields(e)).containsExactly("row 3.email");
                    });
            assertThatThrownBy(() -> hr.getPerson(GetPersonRequest.newBuilder().setPersonId("gi-2").build()))
                    .as("the good row of a refused file is not written")
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));

            assertThatThrownBy(() -> GrpcCalls.withToken(RosterGrpc.newBlockingStub(channel), scope.token("gi-1", "officer"))
                    .importRoster(ImportRosterRequest.newBuilder().setCsv("id\n").build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
