package uk.councilprotocol.deploy;

import uk.councilprotocol.testkit.FreePorts;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ports the local platform listens on; {@code http} and {@code grpc} are per service, in {@link ServiceSpec} order. */
public record Ports(int postgres, int kafka, int kafkaController, int smtp, int mailViewer, int tokenIssuer,
                    List<Integer> http, List<Integer> grpc) {

    /** The documented fixed ports of the local run (see the README). */
    public static Ports standard() {
        return new Ports(15432, 19092, 19093, 2525, 8025, 8090, List.of(8081, 8082, 8083, 8084, 8085), List.of(9081, 9082, 9083, 9084, 9085));
    }

    /** Every port moved up by {@code offset} ({@code --port-offset}), for a machine where one of them is taken. */
    public Ports shifted(int offset) {
        return new Ports(postgres + offset, kafka + offset, kafkaController + offset, smtp + offset, mailViewer + offset,
                tokenIssuer + offset, http.stream().map(p -> p + offset).toList(), grpc.stream().map(p -> p + offset).toList());
    }

    /** Each port with what listens on it, in the words the launcher prints. */
    public Map<Integer, String> named() {
        Map<Integer, String> named = new LinkedHashMap<>();
        named.put(postgres, "PostgreSQL");
        named.put(kafka, "Kafka");
        named.put(kafkaController, "Kafka's controller");
        named.put(smtp, "SMTP");
        named.put(mailViewer, "the mail page");
        named.put(tokenIssuer, "the dev token issuer");
        for (int i = 0; i < ServiceSpec.ALL.size(); i++) {
            named.put(http.get(i), ServiceSpec.ALL.get(i).module() + " HTTP");
            named.put(grpc.get(i), ServiceSpec.ALL.get(i).module() + " gRPC");
        }
        return named;
    }

    /** The first port already taken here, with what would listen on it; empty when all are free. */
    public Optional<Map.Entry<Integer, String>> firstInUse() {
        return named().entrySet().stream().filter(port -> !isFree(port.getKey())).findFirst();
    }

    /** Refuses to start when any port is taken, naming it and how to choose others, before anything is started. */
    public void requireFree() {
        firstInUse().ifPresent(port -> {
            throw new LaunchFailure("Port " + port.getKey() + " (" + port.getValue() + ") is already in use: stop what "
                    + "listens there (an earlier run? `ss -ltnp 'sport = :" + port.getKey() + "'` names it), or start on "
                    + "other ports with --port-offset 1000");
        });
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Free ports, for tests that start a platform of their own: all held open together while chosen, so no two are the
     * same (chosen one by one, the system may hand out a port twice, and a service would answer on another's port).
     */
    public static Ports free() {
        int services = ServiceSpec.ALL.size();
        List<Integer> ports = FreePorts.distinct(6 + 2 * services);
        return new Ports(ports.get(0), ports.get(1), ports.get(2), ports.get(3), ports.get(4), ports.get(5),
                ports.subList(6, 6 + services), ports.subList(6 + services, 6 + 2 * services));
    }
}
