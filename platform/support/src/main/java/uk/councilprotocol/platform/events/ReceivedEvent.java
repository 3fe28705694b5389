package uk.councilprotocol.platform.events;

import java.time.Instant;

/** One CloudEvent as a consumer sees it: the envelope from the headers and the protobuf payload. */
public record ReceivedEvent(String id,
                            String type,
                            String source,
                            Instant time,
                            String key,
                            byte[] payload,
                            String topic,
                            int partition,
                            long offset) {
}
