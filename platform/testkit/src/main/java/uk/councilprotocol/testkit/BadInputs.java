package uk.councilprotocol.testkit;

import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generated bad input, as a fuzzer sends it: for a path segment, a query, a request body, and a gRPC request built
 * from the method's own descriptor (every field of every kind given each bad value of its type, nested messages
 * too). Each value is named, so a failure says which one did it.
 */
public final class BadInputs {
    private BadInputs() {
    }

    public record Named<T>(String name, T value) {
    }

    /** Values for a path variable, already percent-encoded where the URL needs it. */
    public static List<Named<String>> pathValues() {
        return List.of(
                new Named<>("very long", "a".repeat(1_000)),   // past 4 KiB the request line itself is refused (Netty)
                new Named<>("bad UTF-8", "%FF%FE%C0%AF"),
                new Named<>("control characters", "a%01%1B%7Fb"),
                new Named<>("CR LF", "a%0D%0ASet-Cookie:%20x"),
                new Named<>("dot segments", "..%2F..%2Fetc%2Fpasswd"),
                new Named<>("huge number", "99999999999999999999999999"),
                new Named<>("negative", "-1"),
                new Named<>("emoji", "%F0%9F%92%A9"),
                new Named<>("SQL", "'%20OR%201=1--"));
    }

    /** A query string with the paging, limit and search parameters the services read, each out of range or malformed. */
    public static List<Named<String>> queries() {
        return List.of(
                new Named<>("wrong types", "?limit=abc&page_size=x&pageSize=x&skip=y&from=notadate&to=31-02-2026&year=MMXXVI"),
                new Named<>("out of range", "?limit=-1&page_size=-5&pageSize=99999999999&skip=-1&from=0000-00-00&year=-3"),
                new Named<>("bad encoding", "?q=%FF%FE&query=%C0%AF&page_token=%FF&pageToken=!!!&department=%01&state=%00x"),
                new Named<>("huge", "?q=" + "a".repeat(6_000)));
    }

    /** Request bodies: malformed, mistyped, deep, huge, not UTF-8. */
    public static List<Named<byte[]>> bodies() {
        List<Named<byte[]>> bodies = new ArrayList<>();
        bodies.add(new Named<>("broken JSON", "{\"a\":".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Named<>("a JSON array", "[1,2,3]".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Named<>("a JSON string", "\"text\"".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Named<>("deep JSON", ("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)).getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Named<>("deep JSON array", ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Named<>("not UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'}));
        bodies.add(new Named<>("wrong types", ("{\"title\":[1],\"councillorId\":{},\"dueWithinDays\":\"many\",\"renewalMonths\":1e400,"
                + "\"completedOn\":12,\"personId\":true,\"subject\":null,\"receivedAt\":\"yesterday\",\"date\":\"2026-02-30\"}")
                .getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Named<>("huge text", ("{\"title\":\"" + "x".repeat(300_000) + "\",\"subject\":\"" + "y".repeat(300_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Named<>("control characters", "{\"title\":\"a\\u0001\\u001b b\",\"subject\":\"\\ud800\"}".getBytes(StandardCharsets.UTF_8)));
        return bodies;
    }

    /** A multipart body cut off before its closing boundary, and the content type that announces it. */
    public static final String BROKEN_MULTIPART_TYPE = "multipart/form-data; boundary=fuzz";
    public static final byte[] BROKEN_MULTIPART = ("--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\nid,full_name\r\n\u0000,\u0001\r\n--fu").getBytes(StandardCharsets.UTF_8);

    /** The gRPC requests: for each kind of bad value, every field of the message (and of its nested messages) given it. */
    public static List<Named<byte[]>> grpcRequests(Message prototype) {
        List<Named<byte[]>> requests = new ArrayList<>();
        for (Map.Entry<String, Kind> kind : Map.of("extremes", Kind.EXTREMES, "huge", Kind.HUGE,
                "control characters", Kind.CONTROL, "negative", Kind.NEGATIVE).entrySet()) {
            requests.add(new Named<>(kind.getKey(), filled(DynamicMessage.newBuilder(prototype.getDescriptorForType()),
                    kind.getValue(), 0).build().toByteArray()));
        }
        return requests;
    }

    private enum Kind { EXTREMES, HUGE, CONTROL, NEGATIVE }

    private static DynamicMessage.Builder filled(DynamicMessage.Builder message, Kind kind, int depth) {
        for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
            Object value = valueFor(field, kind, depth);
            if (value == null) {
                continue;
            }
            if (field.isMapField()) {
                continue;   // maps take entry messages; their keys and values are covered where they are plain fields
            }
            if (field.isRepeated()) {
                int copies = kind == Kind.HUGE ? 500 : 2;
                for (int i = 0; i < copies; i++) {
                    message.addRepeatedField(field, value);
                }
            } else if (field.getContainingOneof() == null || !message.hasOneof(field.getContainingOneof())) {
                message.setField(field, value);
            }
        }
        return message;
    }

    private static Object valueFor(FieldDescriptor field, Kind kind, int depth) {
        return switch (field.getJavaType()) {
            case STRING -> switch (kind) {
                case EXTREMES -> "9999-99-99T99:99:99Z";
                case HUGE -> "z".repeat(field.isRepeated() ? 1_000 : 100_000);
                case CONTROL -> "a\u0001\u001b\u007f\u202eb";
                case NEGATIVE -> "-1";
            };
            case INT -> kind == Kind.NEGATIVE ? -1 : kind == Kind.EXTREMES ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            case LONG -> kind == Kind.NEGATIVE ? -1L : kind == Kind.EXTREMES ? Long.MIN_VALUE : Long.MAX_VALUE;
            case DOUBLE -> kind == Kind.EXTREMES ? Double.NaN : kind == Kind.NEGATIVE ? -1e308 : Double.MAX_VALUE;
            case FLOAT -> kind == Kind.EXTREMES ? Float.NaN : kind == Kind.NEGATIVE ? -1f : Float.MAX_VALUE;
            case BOOLEAN -> true;
            case BYTE_STRING -> com.google.protobuf.ByteString.copyFrom(kind == Kind.HUGE ? new byte[200_000] : new byte[] {(byte) 0xFF, 0, 1});
            case ENUM -> unknownEnumValue(field.getEnumType());
            case MESSAGE -> depth >= 2 ? null
                    : filled(DynamicMessage.newBuilder(field.getMessageType()), kind, depth + 1).build();
        };
    }

    /** A number no enum value has: what a newer client's value looks like to an older server. */
    private static Object unknownEnumValue(EnumDescriptor type) {
        return type.findValueByNumberCreatingIfUnknown(9_999);
    }
}
