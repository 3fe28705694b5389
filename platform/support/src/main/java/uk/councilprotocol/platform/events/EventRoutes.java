package uk.councilprotocol.platform.events;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        Consumer<List<T>> each = events -> events.forEach(action);
        routes.put(typeOf(defaultInstance), new Route<>((Parser<T>) defaultInstance.getParserForType(), each, false));
        return this;
    }

    /**
     * A route that takes a run of consecutive events of this type at once (in order, in one transaction): for a type
     * that comes in thousands (a roster import's assignments), so that its handler reads and writes once per run.
     * An event that arrives alone is a run of one.
     */
    @SuppressWarnings("unchecked")
    public <T extends Message> EventRoutes onRuns(T defaultInstance, Consumer<List<T>> action) {
        routes.put(typeOf(defaultInstance), new Route<>((Parser<T>) defaultInstance.getParserForType(), action, true));
        return this;
    }

    /** Whether consecutive events of this type are handled together ({@link #onRuns}). */
    public boolean takesRuns(String type) {
        Route<?> route = routes.get(type);
        return route != null && route.runs();
    }

    /** Handles a run of events of one type that {@link #takesRuns takes runs}. */
    public void dispatchRun(List<ReceivedEvent> events) {
        routes.get(events.get(0).type()).run(events.stream().map(ReceivedEvent::payload).toList());
    }

    /** Whether events of this type have a route here: the others are ignored, and need no transaction or record. */
    public boolean handles(String type) {
        return routes.containsKey(type);
    }

    /** @return whether the event had a route */
    public boolean dispatch(ReceivedEvent event) {
        Route<?> route = routes.get(event.type());
        if (route == null) {
            return false;
        }
        route.run(List.of(event.payload()));
        return true;
    }

    public static String typeOf(Message message) {
        return message.getDescriptorForType().getFullName();
    }

    private record Route<T extends Message>(Parser<T> parser, Consumer<List<T>> action, boolean runs) {
        void run(List<byte[]> payloads) {
            List<T> events = new ArrayList<>(payloads.size());
            for (byte[] payload : payloads) {
                try {
                    events.add(parser.parseFrom(payload));
                } catch (InvalidProtocolBufferException e) {
                    throw new IllegalArgumentException("Undecodable payload for " + parser, e);
                }
            }
            action.accept(events);
        }
    }
}
