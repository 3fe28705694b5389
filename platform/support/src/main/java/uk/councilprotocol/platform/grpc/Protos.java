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

    /** A timestamp a caller sent, as an instant; one outside protobuf's range (years 1 to 9999) is bad input in {@code field}. */
    public static Instant instant(Timestamp timestamp, String field) {
        if (timestamp.getSeconds() < FIRST_SECOND || timestamp.getSeconds() > LAST_SECOND
                || timestamp.getNanos() < 0 || timestamp.getNanos() > 999_999_999) {
            throw uk.councilprotocol.platform.errors.InvalidInputException.of(field, "is not a time between the years 1 and 9999");
        }
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    private static final long FIRST_SECOND = -62_135_596_800L;   // 0001-01-01T00:00:00Z
    private static final long LAST_SECOND = 253_402_300_799L;    // 9999-12-31T23:59:59Z

    public static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
