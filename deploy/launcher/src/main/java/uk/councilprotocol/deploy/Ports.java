package uk.councilprotocol.deploy;

import java.util.List;

/** The ports the local platform listens on; {@code http} and {@code grpc} are per service, in {@link ServiceSpec} order. */
public record Ports(int postgres, int kafka, int kafkaController, int smtp, int mailViewer, int tokenIssuer,
                    List<Integer> http, List<Integer> grpc) {

    /** The documented fixed ports of the local run (see the README). */
    public static Ports standard() {
        return new Ports(15432, 19092, 19093, 2525, 8025, 8090, List.of(8081, 8082, 8083, 8084, 8085), List.of(9081, 9082, 9083, 9084, 9085));
    }

    /**
     * Free ports, for tests that start a platform of their own: all held open together while chosen, so no two are the
     * same (chosen one by one, the system may hand out a port twice, and a service would answer on another's port).
     */
    public static Ports free() {
        int services = ServiceSpec.ALL.size();
        List<Integer> ports = distinctFreePorts(6 + 2 * services);
        return new Ports(ports.get(0), ports.get(1), ports.get(2), ports.get(3), ports.get(4), ports.get(5),
                ports.subList(6, 6 + services), ports.subList(6 + services, 6 + 2 * services));
    }

    private static List<Integer> distinctFreePorts(int count) {
        List<java.net.ServerSocket> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                held.add(new java.net.ServerSocket(0));
            }
            return held.stream().map(java.net.ServerSocket::getLocalPort).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            for (java.net.ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (java.io.IOException ignored) {
                    // closing a probe socket: nothing to do
                }
            }
        }
    }
}
