package uk.councilprotocol.testkit;

import com.google.rpc.BadRequest;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A plain gRPC client, as a department's system would use, plus the standard health and reflection calls. */
public final class GrpcCalls {
    private GrpcCalls() {
    }

    /** Every method of the server's own services (not gRPC's health and reflection): what a contract walks through. */
    public static List<io.grpc.MethodDescriptor<?, ?>> ownMethods(io.micronaut.grpc.server.GrpcEmbeddedServer server) {
        return server.getServer().getServices().stream()
                .filter(service -> !service.getServiceDescriptor().getName().startsWith("grpc."))
                .flatMap(service -> service.getMethods().stream())
                .<io.grpc.MethodDescriptor<?, ?>>map(io.grpc.ServerMethodDefinition::getMethodDescriptor).toList();
    }

    /**
     * A client-streaming call: every request sent, then the one reply awaited (its error thrown as the
     * {@link io.grpc.StatusRuntimeException} it is), e.g. {@code clientStream(stub::recordCompletions, rows, timeout)}.
     */
    public static <Q, R> R clientStream(java.util.function.Function<io.grpc.stub.StreamObserver<R>, io.grpc.stub.StreamObserver<Q>> call,
                                        List<Q> requests, java.time.Duration timeout) throws Exception {
        java.util.concurrent.CompletableFuture<R> reply = new java.util.concurrent.CompletableFuture<>();
        io.grpc.stub.StreamObserver<Q> requestStream = call.apply(new io.grpc.stub.StreamObserver<>() {
            @Override
            public void onNext(R value) {
                reply.complete(value);
            }

            @Override
            public void onError(Throwable t) {
                reply.completeExceptionally(t);
            }

            @Override
            public void onCompleted() {
                reply.completeExceptionally(new IllegalStateException("the call ended without a reply"));
            }
        });
        requests.forEach(requestStream::onNext);
        requestStream.onCompleted();
        try {
            return reply.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    public static ManagedChannel channel(int port) {
        return NettyChannelBuilder.forAddress("localhost", port).usePlaintext().build();
    }

    /** A stub that sends {@code authorization: Bearer <token>} with every call. */
    public static <S extends io.grpc.stub.AbstractStub<S>> S withToken(S stub, String token) {
        io.grpc.Metadata headers = new io.grpc.Metadata();
        headers.put(io.grpc.Metadata.Key.of("authorization", io.grpc.Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return stub.withInterceptors(io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    /** A stub whose calls are part of the caller's trace (W3C {@code traceparent}, see {@link TraceParent}). */
    public static <S extends io.grpc.stub.AbstractStub<S>> S inTrace(S stub, String traceParent) {
        io.grpc.Metadata headers = new io.grpc.Metadata();
        headers.put(io.grpc.Metadata.Key.of("traceparent", io.grpc.Metadata.ASCII_STRING_MARSHALLER), traceParent);
        return stub.withInterceptors(io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    /**
     * Calls any method with an empty request message (as raw bytes), with or without a token, and returns
     * the status code it ends with.
     */
    public static io.grpc.Status.Code callWithEmptyMessage(io.grpc.Channel channel, io.grpc.MethodDescriptor<?, ?> method,
                                                           String token) {
        return callWithBytes(channel, method, token, new byte[0]);
    }

    /**
     * Calls the method with every text field of its request (at the top level, repeated ones included) set to a NUL
     * character: what a fuzzer sends first, and what PostgreSQL cannot store.
     */
    public static io.grpc.Status.Code callWithNulText(io.grpc.Channel channel, io.grpc.MethodDescriptor<?, ?> method,
                                                      String token) {
        com.google.protobuf.Message prototype = (com.google.protobuf.Message)
                ((io.grpc.MethodDescriptor.PrototypeMarshaller<?>) method.getRequestMarshaller()).getMessagePrototype();
        com.google.protobuf.DynamicMessage.Builder request = com.google.protobuf.DynamicMessage.newBuilder(prototype.getDescriptorForType());
        for (com.google.protobuf.Descriptors.FieldDescriptor field : prototype.getDescriptorForType().getFields()) {
            if (field.getJavaType() == com.google.protobuf.Descriptors.FieldDescriptor.JavaType.STRING) {
                if (field.isRepeated()) {
                    request.addRepeatedField(field, "\u0000");
                } else {
                    request.setField(field, "a\u0000b");
                }
            }
        }
        return callWithBytes(channel, method, token, request.build().toByteArray());
    }

    /** What a call ended with: its status and, as text, what it answered (the messages, or the error's description). */
    public record Reply(io.grpc.Status.Code code, String text) {
    }

    /**
     * Calls the method with each text field of its request (top level, repeated ones included) whose name, in camel
     * case, is a key of {@code values} set to that value — a probe aimed at particular records.
     */
    public static Reply callWithFields(io.grpc.Channel channel, io.grpc.MethodDescriptor<?, ?> method, String token,
                                       java.util.Map<String, String> values) {
        com.google.protobuf.Message prototype = (com.google.protobuf.Message)
                ((io.grpc.MethodDescriptor.PrototypeMarshaller<?>) method.getRequestMarshaller()).getMessagePrototype();
        com.google.protobuf.DynamicMessage.Builder request = com.google.protobuf.DynamicMessage.newBuilder(prototype.getDescriptorForType());
        for (com.google.protobuf.Descriptors.FieldDescriptor field : prototype.getDescriptorForType().getFields()) {
            String value = values.get(field.getJsonName());
            if (value != null && field.getJavaType() == com.google.protobuf.Descriptors.FieldDescriptor.JavaType.STRING) {
                if (field.isRepeated()) {
                    request.addRepeatedField(field, value);
                } else {
                    request.setField(field, value);
                }
            }
        }
        StringBuilder answer = new StringBuilder();
        io.grpc.Status.Code code = callWithBytes(channel, method, token, request.build().toByteArray(), answer);
        return new Reply(code, answer.toString());
    }

    /** Calls the method with a request given as its encoded bytes (a generated one: {@link BadInputs}). */
    public static Reply callWithRequest(io.grpc.Channel channel, io.grpc.MethodDescriptor<?, ?> method, String token,
                                        byte[] request) {
        StringBuilder answer = new StringBuilder();
        io.grpc.Status.Code code = callWithBytes(channel, method, token, request, answer);
        return new Reply(code, answer.toString());
    }

    private static io.grpc.Status.Code callWithBytes(io.grpc.Channel channel, io.grpc.MethodDescriptor<?, ?> method,
                                                     String token, byte[] payload) {
        return callWithBytes(channel, method, token, payload, new StringBuilder());
    }

    private static io.grpc.Status.Code callWithBytes(io.grpc.Channel channel, io.grpc.MethodDescriptor<?, ?> method,
                                                     String token, byte[] payload, StringBuilder answer) {
        io.grpc.MethodDescriptor.Marshaller<byte[]> bytes = new io.grpc.MethodDescriptor.Marshaller<>() {
            @Override
            public InputStream stream(byte[] value) {
                return new ByteArrayInputStream(value);
            }

            @Override
            public byte[] parse(InputStream stream) {
                try {
                    return stream.readAllBytes();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        io.grpc.MethodDescriptor<byte[], byte[]> raw = io.grpc.MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(method.getType()).setFullMethodName(method.getFullMethodName())
                .setRequestMarshaller(bytes).setResponseMarshaller(bytes).build();
        io.grpc.Channel target = channel;
        if (token != null) {
            io.grpc.Metadata headers = new io.grpc.Metadata();
            headers.put(io.grpc.Metadata.Key.of("authorization", io.grpc.Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
            target = io.grpc.ClientInterceptors.intercept(channel, io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(headers));
        }
        try {
            // a stream that is answering stays open (a watch): what it said in three seconds is its answer
            boolean unary = method.getType() == io.grpc.MethodDescriptor.MethodType.UNARY;
            var call = target.newCall(raw, io.grpc.CallOptions.DEFAULT.withDeadlineAfter(unary ? 10 : 3, TimeUnit.SECONDS));
            if (unary) {
                answer.append(new String(io.grpc.stub.ClientCalls.blockingUnaryCall(call, payload), java.nio.charset.StandardCharsets.UTF_8));
            } else {
                io.grpc.stub.ClientCalls.blockingServerStreamingCall(call, payload)
                        .forEachRemaining(message -> answer.append(new String(message, java.nio.charset.StandardCharsets.UTF_8)));
            }
            return io.grpc.Status.Code.OK;
        } catch (StatusRuntimeException e) {
            answer.append(e.getStatus().getDescription());
            return e.getStatus().getCode();
        }
    }

    public static HealthCheckResponse.ServingStatus health(ManagedChannel channel, String service) {
        return HealthGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
                .check(HealthCheckRequest.newBuilder().setService(service).build()).getStatus();
    }

    /** The service names the server lists through server reflection (v1). */
    public static List<String> reflectedServices(ManagedChannel channel) throws Exception {
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel)
                .serverReflectionInfo(new StreamObserver<>() {
                    @Override
                    public void onNext(ServerReflectionResponse response) {
                        result.complete(response.getListServicesResponse().getServiceList().stream()
                                .map(ServiceResponse::getName).toList());
                    }

                    @Override
                    public void onError(Throwable t) {
                        result.completeExceptionally(t);
                    }

                    @Override
                    public void onCompleted() {
                    }
                });
        requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
        List<String> services = result.get(5, TimeUnit.SECONDS);
        requests.onCompleted();
        return services;
    }

    /** The fields named in an INVALID_ARGUMENT's {@code google.rpc.BadRequest} details. */
    public static List<String> badRequestFields(StatusRuntimeException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        if (status == null) {
            return List.of();
        }
        return status.getDetailsList().stream().filter(d -> d.is(BadRequest.class)).flatMap(d -> {
            try {
                return d.unpack(BadRequest.class).getFieldViolationsList().stream().map(BadRequest.FieldViolation::getField);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
    }

}
