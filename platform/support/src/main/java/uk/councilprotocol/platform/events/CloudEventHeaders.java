package uk.councilprotocol.platform.events;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;

/** Header names of the CloudEvents Kafka protocol binding (binary content mode). */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** Extension attribute: the council the event belongs to (consumers act for it; see platform.tenancy). */
    public static final String COUNCIL = "ce_council";
    /** Extension attribute (CloudEvents distributed tracing): the W3C traceparent of the change the event describes. */
    public static final String TRACE_PARENT = "ce_traceparent";
    public static final String CONTENT_TYPE = "content-type";
    public static final String PROTOBUF = "application/protobuf";

    private CloudEventHeaders() {
    }

    public static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    public static String get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
