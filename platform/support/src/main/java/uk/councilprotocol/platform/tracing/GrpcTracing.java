package uk.councilprotocol.platform.tracing;

import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.order.Ordered;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.grpc.v1_6.GrpcTelemetry;
import jakarta.inject.Singleton;

/**
 * gRPC calls as spans (OpenTelemetry's own gRPC instrumentation): a call that arrives with a {@code traceparent}
 * continues its caller's trace; a call made through {@link #clientInterceptor} passes this one's on.
 */
@Factory
public class GrpcTracing {

    /** Outermost, so that a call refused by authentication or validation is still one span. */
    @Singleton
    TracingServerInterceptor serverInterceptor(OpenTelemetry openTelemetry) {
        return new TracingServerInterceptor(GrpcTelemetry.create(openTelemetry).newServerInterceptor());
    }

    @Singleton
    TracingClientInterceptor clientInterceptor(OpenTelemetry openTelemetry) {
        return new TracingClientInterceptor(GrpcTelemetry.create(openTelemetry).newClientInterceptor());
    }

    /** The server interceptor, ordered first among the service's own. */
    public record TracingServerInterceptor(ServerInterceptor delegate) implements ServerInterceptor, Ordered {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            return delegate.interceptCall(call, headers, next);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** For channels the service builds itself (e.g. plans' evidence, the console's backends). */
    public record TracingClientInterceptor(ClientInterceptor delegate) {
    }
}
