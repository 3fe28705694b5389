package uk.councilprotocol.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports free to listen on, for servers started a moment later (a test's, or a platform's the bench starts). They are
 * taken below Linux's ephemeral range (32768 up): a port the system hands out there ({@code new ServerSocket(0)}) can
 * go to any outgoing connection — the Kafka and PostgreSQL clients of the test JVMs running side by side — before the
 * server binds it, which failed a CI run once ("Failed to bind ... Address already in use").
 */
public final class FreePorts {
    private static final int LOWEST = 20_000;
    private static final int BELOW_EPHEMERAL = 32_768;
    private static final int TRIES_EACH = 100;

    private FreePorts() {
    }

    public static int one() {
        return distinct(1).get(0);
    }

    /** Ports no one is listening on, all different: held open together while chosen, so none is handed out twice. */
    public static List<Integer> distinct(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int tries = 0; held.size() < count; tries++) {
                if (tries == TRIES_EACH * count) {
                    throw new UncheckedIOException(new IOException("no " + count + " free ports found below " + BELOW_EPHEMERAL));
                }
                try {
                    held.add(new ServerSocket(ThreadLocalRandom.current().nextInt(LOWEST, BELOW_EPHEMERAL)));
                } catch (IOException taken) {
                    // someone listens there, or this search holds it already: another
                }
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a probe socket: nothing to do
                }
            }
        }
    }
}
