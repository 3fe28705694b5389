package uk.councilprotocol.platform.security;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.annotation.Nullable;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCall;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.micronaut.core.order.Ordered;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.grpc.ForwardingServerCallListener;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.tenancy.Councils;
import uk.councilprotocol.platform.tenancy.UnknownCouncilException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import uk.councilprotocol.platform.audit.AuditLog;
import uk.councilprotocol.platform.audit.AuditChanges;
import uk.councilprotocol.platform.audit.AuditTargets;

import java.net.SocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every gRPC call but the standard health and reflection services needs {@code authorization: Bearer <jwt>},
 * validated by the same Micronaut Security validators (the issuer's JWKS) as HTTP. The caller is put in the
 * gRPC context ({@link #caller()}); calls that change data are written to the audit log.
 */
@Singleton
public class GrpcAuthentication implements ServerInterceptor, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(GrpcAuthentication.class);
    static final Context.Key<Caller> CALLER = Context.key("caller");
    static final Context.Key<String> SOURCE = Context.key("source-address");
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    /** The council a platform service's call is for (see {@link Roles#PLATFORM_SERVICE}). */
    public static final Metadata.Key<String> COUNCIL = Metadata.Key.of("council", Metadata.ASCII_STRING_MARSHALLER);
    private static final Set<String> PUBLIC_SERVICES = Set.of("grpc.health.v1.Health",
            "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection");

    @SuppressWarnings("rawtypes")
    private final Collection<TokenValidator> validators;
    private final RateLimits rateLimits;
    private final AuditLog audit;
    private final Councils councils;
    private final VerifiedTokens verified = new VerifiedTokens(Clock.systemUTC()); // wall clock: token expiry

    @SuppressWarnings("rawtypes")
    public GrpcAuthentication(Collection<TokenValidator> validators, RateLimits rateLimits, AuditLog audit, Councils councils) {
        this.validators = validators;
        this.rateLimits = rateLimits;
        this.audit = audit;
        this.councils = councils;
    }

    /** Where the current gRPC call comes from (the client's address), for the audit log. */
    public static String source() {
        String source = SOURCE.get();
        return source == null ? "unknown" : source;
    }

    /** The authenticated caller of the current gRPC call. */
    public static Caller caller() {
        Caller caller = CALLER.get();
        if (caller == null) {
            throw Status.UNAUTHENTICATED.withDescription("no caller").asRuntimeException();
        }
        return caller;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String service = call.getMethodDescriptor().getServiceName();
        if (PUBLIC_SERVICES.contains(service)) {
            return next.startCall(call, headers);
        }
        Caller caller = authenticate(headers.get(AUTHORIZATION));
        if (caller == null) {
            call.close(Status.UNAUTHENTICATED.withDescription("a valid bearer token is required"), new Metadata());
            return new ServerCall.Listener<>() { };
        }
        if (!rateLimits.tryAcquire(caller.subject())) {
            call.close(Status.RESOURCE_EXHAUSTED.withDescription("too many requests; slow down"), new Metadata());
            return new ServerCall.Listener<>() { };
        }
        String council;
        try {
            // a platform service names the council of the work it is doing; anyone else acts for their token's
            council = councils.resolve(caller.has(Roles.PLATFORM_SERVICE) && headers.get(COUNCIL) != null
                    ? headers.get(COUNCIL) : caller.council());
        } catch (UnknownCouncilException e) {
            call.close(Status.PERMISSION_DENIED.withDescription(e.getMessage()), new Metadata());
            return new ServerCall.Listener<>() { };
        }
        SocketAddress remote = call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR);
        String source = remote == null ? "unknown" : remote.toString();
        AtomicReference<Object> request = new AtomicReference<>();
        AuditChanges changed = changesData(call.getMethodDescriptor().getBareMethodName()) ? new AuditChanges() : null;
        ServerCall<Q, R> audited = changed == null ? call : auditing(call, caller, source, request, changed);
        return new CouncilScopedListener<>(council, changed, request, Councils.callAs(council, () -> Contexts.interceptCall(
                Context.current().withValue(CALLER, caller).withValue(SOURCE, source), audited, headers, next)));
    }

    private Caller authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        Caller known = verified.find(token);
        if (known != null) {
            return known;
        }
        for (TokenValidator<?> validator : validators) {
            try {
                Authentication authentication = Flux.from(validator.validateToken(token, null)).next()
                        .block(Duration.ofSeconds(10));
                if (authentication != null) {
                    return verified.remember(token, authentication);
                }
            } catch (RuntimeException e) {
                LOG.debug("Token rejected by {}: {}", validator.getClass().getSimpleName(), e.toString());
            }
        }
        return null;
    }

    /** Queries are Get…, List… and Check…; everything else changes data and is audited. */
    static boolean changesData(String method) {
        return !(method.startsWith("Get") || method.startsWith("List") || method.startsWith("Check"));
    }

    /** Audited at the call's close, naming what its (first) request acted on. */
    private <Q, R> ServerCall<Q, R> auditing(ServerCall<Q, R> call, Caller caller, String source, AtomicReference<Object> request,
                                             AuditChanges changed) {
        return new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
            @Override
            public void close(Status status, Metadata trailers) {
                audit.record(caller, "grpc " + call.getMethodDescriptor().getFullMethodName(), AuditTargets.of(request.get()),
                        status.getCode().name(), source, changed.text());
                super.close(status, trailers);
            }
        };
    }

    /**
     * Runs every step of the call (the service method, the audit entry at its close) in the caller's council, with the
     * record of what a change changed open ({@link AuditChanges}).
     */
    private static final class CouncilScopedListener<Q> extends ForwardingServerCallListener.SimpleForwardingServerCallListener<Q> {
        private final String council;
        private final AuditChanges changed;
        private final AtomicReference<Object> request;

        CouncilScopedListener(String council, @Nullable AuditChanges changed, AtomicReference<Object> request,
                              ServerCall.Listener<Q> delegate) {
            super(delegate);
            this.council = council;
            this.changed = changed;
            this.request = request;
        }

        private void run(Runnable step) {
            if (changed == null) {
                Councils.runAs(council, step);
                return;
            }
            try (PropagatedContext.Scope ignored = changed.open()) {
                Councils.runAs(council, step);
            }
        }

        @Override
        public void onMessage(Q message) {
            request.compareAndSet(null, message);
            run(() -> super.onMessage(message));
        }

        @Override
        public void onHalfClose() {
            run(super::onHalfClose);
        }

        @Override
        public void onCancel() {
            run(super::onCancel);
        }

        @Override
        public void onComplete() {
            run(super::onComplete);
        }

        @Override
        public void onReady() {
            run(super::onReady);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
