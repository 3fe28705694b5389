package uk.councilprotocol.testkit;

import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.stub.AbstractStub;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.util.function.Function;

/**
 * A test class that drives its service from outside as the people its tokens name ({@link ServiceCalls}, opened for
 * the class and closed after it), with data of its own ({@link #scope}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceCallsTest {
    @Inject
    protected EmbeddedServer server;
    @Inject
    protected GrpcEmbeddedServer grpcServer;

    protected final TestScope scope = TestScope.of(getClass());
    protected ServiceCalls calls;
    /** The class's gRPC channel, for calls made without a stub (an empty message, a method from the descriptors). */
    protected ManagedChannel channel;

    @BeforeAll
    protected void openTheCalls() {
        calls = ServiceCalls.of(server, grpcServer, scope);
        channel = calls.channel();
    }

    @AfterAll
    protected void closeTheCalls() throws InterruptedException {
        calls.close();
    }

    /** HTTP calls as the subject, holding the roles. */
    protected HttpCalls as(String subject, String... roles) {
        return calls.http(subject, roles);
    }

    /** A stub made by {@code stubs} (such as {@code CoursesGrpc::newBlockingStub}) that calls as the subject. */
    protected <S extends AbstractStub<S>> S grpc(Function<Channel, S> stubs, String subject, String... roles) {
        return calls.grpc(stubs, subject, roles);
    }
}
