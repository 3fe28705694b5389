package uk.councilprotocol.platform.grpc;

import com.google.protobuf.Timestamp;

import java.time.Instant;

/** Between Java values and protobuf's: proto3 has no null, so an absent text is "" and an instant a Timestamp. */
public final class Protos {
    private Protos() {
    }

    public static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    public static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    public static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
