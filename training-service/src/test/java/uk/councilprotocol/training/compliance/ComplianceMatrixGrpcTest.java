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

    @Test
    void theMatrixComesAPageAtATimeSearchedAndCountedInTheDatabase() throws Exception {
        TestScope scope = TestScope.of(getClass());
        StringBuilder roster = new StringBuilder(TrainingFixtures.HEADER);
        for (int i = 1; i <= 230; i++) {
            roster.append(String.format("pg-%03d,Pat Page %03d,pat.%03d@example.gov.uk,officer,,%s,,,%s,true%n", i, i, i,
                    i % 2 == 0 ? "Paging Even" : "Paging Odd", LocalDate.now(clock)));
        }
        assertThat(new HttpCalls(server.getURL().toString()).as(scope.token("hr", "hr"))
                .post("/roster/import", "text/csv", roster.toString()).status()).isEqualTo(200);
        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            ComplianceGrpc.ComplianceBlockingStub hr = GrpcCalls.withToken(ComplianceGrpc.newBlockingStub(channel), scope.token("hr", "hr"));
            ListComplianceRequest paging = ListComplianceRequest.newBuilder().setQuery("pat page").setPageSize(100).build();
            List<String> seen = new java.util.ArrayList<>();
            var page = hr.listCompliance(paging);
            assertThat(page.getTotalSize()).isEqualTo(230);
            seen.addAll(page.getPeopleList().stream().map(p -> p.getPerson().getId()).toList());
            while (!page.getNextPageToken().isEmpty()) {
                page = hr.listCompliance(paging.toBuilder().setPageToken(page.getNextPageToken()).build());
                seen.addAll(page.getPeopleList().stream().map(p -> p.getPerson().getId()).toList());
            }
            assertThat(seen).as("every person once, in name order").hasSize(230).doesNotHaveDuplicates()
                    .startsWith("pg-001", "pg-002").endsWith("pg-230");
            assertThat(page.getPeopleCount()).as("the last page").isEqualTo(30);

            var even = hr.listCompliance(ListComplianceRequest.newBuilder().setDepartment("Paging Even").setQuery("PAT.01")
                    .setPageSize(5).setSkip(2).build());
            assertThat(even.getTotalSize()).as("pat.010 … pat.019, the even ones").isEqualTo(5);
            assertThat(even.getPeopleList()).extracting(p -> p.getPerson().getId()).containsExactly("pg-014", "pg-016", "pg-018");
            assertThat(even.getNextPageToken()).isEmpty();
            assertThat(hr.listCompliance(ListComplianceRequest.newBuilder().setQuery("100%").build()).getTotalSize())
                    .as("a % is a character, not a wildcard").isZero();

            List<PersonCompliance> odd = GrpcCalls.withToken(ComplianceGrpc.newBlockingStub(channel),
                    scope.token("odd-lms", "service", "department:paging-odd")).listCompliance(ListComplianceRequest.newBuilder()
                    .setPageSize(500).build()).getPeopleList();
            assertThat(odd).as("a department pages through its own people only").hasSize(115)
                    .allMatch(p -> p.getPerson().getDepartment().equals("Paging Odd"));

            assertThatThrownBy(() -> hr.listCompliance(ListComplianceRequest.newBuilder().setPageSize(501).setPageToken("nonsense").build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                        assertThat(GrpcCalls.badRequestFields(e)).containsExactlyInAnyOrder("page_size", "page_token");
                    });
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
