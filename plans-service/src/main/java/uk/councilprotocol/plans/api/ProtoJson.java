package uk.councilprotocol.plans.api;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import uk.councilprotocol.platform.errors.InvalidInputException;

/** The HTTP face of the contract's messages: protobuf's canonical JSON mapping, in and out. */
final class ProtoJson {
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().includingDefaultValueFields();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser();

    private ProtoJson() {
    }

    static HttpResponse<String> ok(Message message) {
        return HttpResponse.ok(print(message)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    static String print(Message message) {
        try {
            return PRINTER.print(message);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a JSON body into the builder; a body that does not fit the message is a 400 naming the problem. */
    static <B extends Message.Builder> B parse(String json, B builder) {
        if (json == null || json.isBlank()) {
            return builder;
        }
        try {
            PARSER.merge(json, builder);
            return builder;
        } catch (InvalidProtocolBufferException e) {
            throw InvalidInputException.of("body", e.getMessage());
        }
    }
}
