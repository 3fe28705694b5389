package uk.councilprotocol.training.access;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.micronaut.context.annotation.Property;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.CoursesGrpc;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A client over its rate gets 429 (HTTP) or RESOURCE_EXHAUSTED (gRPC); other clients are unaffected. */
@MicronautTest(transactional = false)
@Property(name = "platform.rate-limit.requests-per-second", value = "2")
class RateLimitTest {
    @Inject
    EmbeddedServer server;
    @Inject
    GrpcEmbeddedServer grpcServer;

    final TestScope scope = TestScope.of(getClass());

    @Test
    void aNoisyClientIsSlowedDownAndOthersAreNot() throws Exception {
        HttpCalls noisy = new HttpCalls(server.getURL().toString()).as(scope.token("noisy", "hr"));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(noisy.get("/courses").status());
        }
        assertThat(statuses).contains(200, 429);
        assertThat(new HttpCalls(server.getURL().toString()).as(scope.token("quiet", "hr")).get("/courses").status()).isEqualTo(200);

        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            var method = CoursesGrpc.getListCoursesMethod();
            List<Status.Code> codes = new ArrayList<>();
            String token = scope.token("noisy-grpc", "hr");
            for (int i = 0; i < 12; i++) {
                codes.add(GrpcCalls.callWithEmptyMessage(channel, method, token));
            }
            assertThat(codes).contains(Status.Code.OK, Status.Code.RESOURCE_EXHAUSTED);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
