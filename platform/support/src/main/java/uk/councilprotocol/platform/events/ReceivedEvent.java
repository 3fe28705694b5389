package uk.councilprotocol.platform.events;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One CloudEvent as a consumer sees it: the envelope from the headers (the council null when it names none, the
 * trace it continues null when it came from outside one) and the protobuf payload.
 */
public record ReceivedEvent(String id,
                            String type,
                            String source,
                            Instant time,
                            String key,
                            byte[] payload,
                            String topic,
                            int partition,
                            long offset,
                            @Nullable String council,
                            @Nullable String traceParent) {
}
