package uk.councilprotocol.training.access;

import io.grpc.ManagedChannel;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyChannelBuilder;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.training.v1.CoursesGrpc;
import uk.councilprotocol.contracts.training.v1.ListCoursesRequest;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.FreePorts;
import uk.councilprotocol.testkit.SelfSignedCertificate;
import uk.councilprotocol.testkit.TestScope;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With TLS configured, both servers speak only TLS: HTTPS on the HTTP port, TLS on the gRPC port. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    @Inject
    GrpcEmbeddedServer grpcServer;

    SelfSignedCertificate certificate;
    final int httpsPort = FreePorts.one();

    @Override
    public Map<String, String> getProperties() {
        try {
            certificate = SelfSignedCertificate.create(Files.createTempDirectory("tls"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "micronaut.server.ssl.enabled", "true",
                "micronaut.server.ssl.port", String.valueOf(httpsPort),
                "micronaut.server.ssl.key-store.path", "file:" + certificate.keyStore(),
                "micronaut.server.ssl.key-store.password", certificate.password(),
                "micronaut.server.ssl.key-store.type", "PKCS12",
                "grpc.server.ssl.cert-chain", "file:" + certificate.certificatePem(),
                "grpc.server.ssl.private-key", "file:" + certificate.privateKeyPem());
    }

    @Test
    void httpAndGrpcAnswerOverTlsWithAValidToken() throws Exception {
        String token = TestScope.of(getClass()).token("hr-amy", "hr");
        HttpClient https = HttpClient.newBuilder().sslContext(certificate.trustingContext()).build();
        HttpResponse<String> courses = https.send(HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/courses"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(courses.statusCode()).isEqualTo(200);
        assertThat(courses.body()).contains("NOLAN_PRINCIPLES");

        ManagedChannel tls = NettyChannelBuilder.forAddress("localhost", grpcServer.getPort())
                .sslContext(GrpcSslContexts.forClient().trustManager(certificate.certificatePem().toFile()).build()).build();
        ManagedChannel plain = GrpcCalls.channel(grpcServer.getPort());
        try {
            assertThat(GrpcCalls.withToken(CoursesGrpc.newBlockingStub(tls), token).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .listCourses(ListCoursesRequest.getDefaultInstance()).getCoursesCount()).isGreaterThanOrEqualTo(6);
            assertThatThrownBy(() -> GrpcCalls.withToken(CoursesGrpc.newBlockingStub(plain), token)
                    .withDeadlineAfter(5, TimeUnit.SECONDS).listCourses(ListCoursesRequest.getDefaultInstance()))
                    .as("plaintext is refused").isInstanceOf(io.grpc.StatusRuntimeException.class);
        } finally {
            tls.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            plain.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
