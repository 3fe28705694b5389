package uk.councilprotocol.testkit;

import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.stub.AbstractStub;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A test's calls to the service under test as one person or another: HTTP with their token, and gRPC stubs carrying
 * it with a ten-second deadline, over one channel the test closes when it ends.
 */
public final class ServiceCalls implements AutoCloseable {
    private final String httpUrl;
    private final ManagedChannel channel;
    private final TestScope scope;

    private ServiceCalls(String httpUrl, ManagedChannel channel, TestScope scope) {
        this.httpUrl = httpUrl;
        this.channel = channel;
        this.scope = scope;
    }

    public static ServiceCalls of(EmbeddedServer http, GrpcEmbeddedServer grpc, TestScope scope) {
        return new ServiceCalls(http.getURL().toString(), GrpcCalls.channel(grpc.getPort()), scope);
    }

    public HttpCalls http(String subject, String... roles) {
        return new HttpCalls(httpUrl).as(scope.token(subject, roles));
    }

    /** A stub made by {@code stubs} (such as {@code CoursesGrpc::newBlockingStub}) that calls as this person. */
    public <S extends AbstractStub<S>> S grpc(Function<Channel, S> stubs, String subject, String... roles) {
        return GrpcCalls.withToken(stubs.apply(channel), scope.token(subject, roles)).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    public ManagedChannel channel() {
        return channel;
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
