package uk.councilprotocol.platform.events;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Maps a CloudEvents type (the protobuf message's full name) to the code that handles it.
 * Types with no route are ignored, so a producer may add event types before consumers learn them.
 */
public final class EventRoutes {
    private final Map<String, Route<?>> routes = new HashMap<>();

    @SuppressWarnings("unchecked")
    public <T extends Message> EventRoutes on(T defaultInstance, Consumer<T> action) {
        routes.put(typeOf(defaultInstance), new Route<>((Parser<T>) defaultInstance.getParserForType(), action));
        return this;
    }

    /** @return whether the event had a route */
    public boolean dispatch(ReceivedEvent event) {
        Route<?> route = routes.get(event.type());
        if (route == null) {
            return false;
        }
        route.run(event.payload());
        return true;
    }

    public static String typeOf(Message message) {
        return message.getDescriptorForType().getFullName();
    }

    private record Route<T extends Message>(Parser<T> parser, Consumer<T> action) {
        void run(byte[] payload) {
            try {
                action.accept(parser.parseFrom(payload));
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalArgumentException("Undecodable payload for " + parser, e);
            }
        }
    }
}
