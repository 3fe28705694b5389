package uk.councilprotocol.deploy;

import uk.councilprotocol.testkit.MailServer;

import java.util.List;
import java.util.stream.IntStream;

/** The ports the local platform listens on; {@code http} and {@code grpc} are per service, in {@link ServiceSpec} order. */
public record Ports(int postgres, int kafka, int kafkaController, int smtp, int mailViewer, int tokenIssuer,
                    List<Integer> http, List<Integer> grpc) {

    /** The documented fixed ports of the local run (see the README). */
    public static Ports standard() {
        return new Ports(15432, 19092, 19093, 2525, 8025, 8090, List.of(8081, 8082, 8083, 8084, 8085), List.of(9081, 9082, 9083, 9084, 9085));
    }

    /** Free ports, for tests that start a platform of their own. */
    public static Ports free() {
        return new Ports(MailServer.freePort(), MailServer.freePort(), MailServer.freePort(), MailServer.freePort(),
                MailServer.freePort(), MailServer.freePort(), frees(), frees());
    }

    private static List<Integer> frees() {
        return IntStream.range(0, ServiceSpec.ALL.size()).mapToObj(i -> MailServer.freePort()).toList();
    }
}
