package uk.councilprotocol.console.backend;

import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;

import java.util.List;
import java.util.Map;

/**
 * The gRPC service config that lets a page's reads ride out a moment's refusal — a service restarting, PostgreSQL
 * restarted and a pooled connection found ended, both answered {@code UNAVAILABLE} — instead of showing the person
 * an error page: the channel tries again after a short back-off, within the call's deadline. Only the reads are
 * retried, the unary methods named Get… or List… (the API's naming for a method that changes nothing): a change
 * refused {@code UNAVAILABLE} may still have been made, and the person decides whether to send it again.
 */
final class ReadRetries {
    static final int MAX_ATTEMPTS = 5;   // gRPC's own ceiling; the waits between add up to 3 s at most

    private ReadRetries() {
    }

    /** For {@code ManagedChannelBuilder.defaultServiceConfig}: JSON's shape, numbers as doubles, as gRPC parses it. */
    static Map<String, ?> serviceConfig(List<ServiceDescriptor> services) {
        List<Map<String, String>> reads = services.stream()
                .flatMap(service -> service.getMethods().stream())
                .filter(ReadRetries::isRead)
                .map(method -> Map.of("service", method.getServiceName(), "method", method.getBareMethodName()))
                .toList();
        Map<String, Object> retryPolicy = Map.of(
                "maxAttempts", (double) MAX_ATTEMPTS,
                "initialBackoff", "0.2s",
                "maxBackoff", "2s",
                "backoffMultiplier", 2.0,
                "retryableStatusCodes", List.of("UNAVAILABLE"));
        return Map.of("methodConfig", List.of(Map.of("name", reads, "retryPolicy", retryPolicy)));
    }

    static boolean isRead(MethodDescriptor<?, ?> method) {
        String name = method.getBareMethodName();
        return method.getType() == MethodDescriptor.MethodType.UNARY && name != null
                && (name.startsWith("Get") || name.startsWith("List"));
    }
}
