package uk.councilprotocol.platform.errors;

import com.google.protobuf.Any;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.tenancy.UnknownCouncilException;

/**
 * The one mapping from domain exceptions to gRPC status: INVALID_ARGUMENT carries a
 * {@code google.rpc.BadRequest} naming every field at fault; a database out of reach is UNAVAILABLE (clients retry
 * it); unexpected errors become INTERNAL without their message, which stays in the log.
 */
@Singleton
public class GrpcErrorInterceptor implements ServerInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(GrpcErrorInterceptor.class);

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> incoming, Metadata headers,
                                                      ServerCallHandler<Q, R> next) {
        ServerCall<Q, R> call = new ForwardingServerCall.SimpleForwardingServerCall<>(incoming) {
            @Override
            public void close(Status status, Metadata trailers) {
                super.close(status.getDescription() == null ? status : status.withDescription(brief(status.getDescription())), trailers);
            }
        };
        ServerCall.Listener<Q> delegate = next.startCall(call, headers);
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {
            // a request refused here never reaches the service: nothing more is passed on once the call is closed
            private boolean refused;

            @Override
            public void onMessage(Q message) {
                Optional<String> unstorable = message instanceof Message request ? UnstorableText.fieldIn(request) : Optional.empty();
                if (unstorable.isPresent()) {
                    refused = true;
                    guard(call, () -> {
                        throw UnstorableText.refused(unstorable.get());
                    });
                    return;
                }
                guard(call, () -> super.onMessage(message));
            }

            @Override
            public void onHalfClose() {
                if (!refused) {
                    guard(call, super::onHalfClose);
                }
            }
        };
    }

    private static void guard(ServerCall<?, ?> call, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            StatusRuntimeException status = toStatus(e, call.getMethodDescriptor().getFullMethodName());
            call.close(status.getStatus(), status.getTrailers() == null ? new Metadata() : status.getTrailers());
        }
    }

    /** Package-visible for its tests. */
    static StatusRuntimeException toStatus(RuntimeException e, String method) {
        if (e instanceof StatusRuntimeException sre) {
            return sre;
        }
        if (UnstorableText.refusedByTheDatabase(e)) {
            return toStatus(UnstorableText.refusedValue(), method);
        }
        if (e instanceof ConstraintViolationException constraints) {
            return toStatus(ConstraintViolations.toInvalidInput(constraints), method);
        }
        if (e instanceof InvalidInputException invalid) {
            BadRequest.Builder details = BadRequest.newBuilder();
            invalid.violations().forEach(v -> details.addFieldViolations(BadRequest.FieldViolation.newBuilder()
                    .setField(brief(v.row() == null ? v.field() : "row " + v.row() + "." + v.field()))
                    .setDescription(brief(v.message()))));
            return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                    .setCode(Code.INVALID_ARGUMENT_VALUE)
                    .setMessage(brief(invalid.getMessage()))
                    .addDetails(Any.pack(details.build()))
                    .build());
        }
        if (e instanceof NotFoundException) {
            return Status.NOT_FOUND.withDescription(e.getMessage()).asRuntimeException();
        }
        if (UnknownCouncilException.in(e).isPresent()) {
            return Status.PERMISSION_DENIED.withDescription(UnknownCouncilException.in(e).get().getMessage()).asRuntimeException();
        }
        if (e instanceof ForbiddenException) {
            return Status.PERMISSION_DENIED.withDescription(e.getMessage()).asRuntimeException();
        }
        if (e instanceof ConflictException) {
            return Status.FAILED_PRECONDITION.withDescription(e.getMessage()).asRuntimeException();
        }
        if (ConcurrentChange.refusedByTheDatabase(e)) {
            return Status.ABORTED.withDescription(ConcurrentChange.MESSAGE).asRuntimeException();
        }
        if (DatabaseUnavailable.in(e)) {
            LOG.warn("{} refused, the database unavailable: {}", method, DatabaseUnavailable.innermost(e));
            return Status.UNAVAILABLE.withDescription(DatabaseUnavailable.MESSAGE).asRuntimeException();
        }
        LOG.error("Unexpected failure in {}", method, e);
        return Status.INTERNAL.withDescription("Internal error; see the service log").asRuntimeException();
    }

    /**
     * An error's text as it goes into the trailers: at most 500 characters. A message that quotes what the caller
     * sent (an unknown id 100,000 characters long) would otherwise outgrow the client's header limit, and the caller
     * would see the stream reset instead of the error (found by fuzzing).
     */
    static String brief(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
