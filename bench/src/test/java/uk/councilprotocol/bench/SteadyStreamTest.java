package uk.councilprotocol.bench;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class SteadyStreamTest {

    @Test
    void eachRefusalIsCountedByTheReasonTheClientSaw() throws Exception {
        List<Integer> called = new CopyOnWriteArrayList<>();
        SteadyStream stream = new SteadyStream("test-stream", 400, n -> {
            called.add(n);
            return switch (n % 4) {
                case 0 -> "key-" + n;
                case 1 -> throw new SteadyStream.Refused("HTTP 503");
                case 2 -> throw Status.UNAVAILABLE.withDescription("training-service is down").asRuntimeException();
                default -> throw new UncheckedIOException(new ConnectException("Connection refused"));
            };
        });
        Thread.sleep(100);
        stream.close();

        long[] byKind = new long[4];
        called.forEach(n -> byKind[n % 4]++);
        assertThat(called).hasSizeGreaterThanOrEqualTo(8);
        assertThat(stream.accepted()).hasSize((int) byKind[0]).allMatch(key -> key.startsWith("key-"));
        assertThat(stream.refused()).isEqualTo(byKind[1] + byKind[2] + byKind[3]);
        assertThat(stream.refusals().split(", ")).containsExactlyInAnyOrder(
                "HTTP 503 " + byKind[1], "UNAVAILABLE " + byKind[2], "ConnectException " + byKind[3]);
    }

    @Test
    void aStreamWithNothingRefusedSaysSo() throws Exception {
        SteadyStream stream = new SteadyStream("test-stream", 200, n -> "key-" + n);
        Thread.sleep(50);
        stream.close();
        assertThat(stream.refused()).isZero();
        assertThat(stream.refusals()).isEmpty();
        assertThat(stream.accepted()).isNotEmpty();
    }
}
