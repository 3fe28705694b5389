package uk.councilprotocol.platform.events;

import com.google.protobuf.Int32Value;
import com.google.protobuf.Message;
import com.google.protobuf.StringValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A consumer's routes: by CloudEvents type, one at a time or in runs, unknown types ignored, an undecodable payload refused. */
class EventRoutesTest {
    final List<String> handled = new ArrayList<>();
    final EventRoutes routes = new EventRoutes()
            .on(StringValue.getDefaultInstance(), v -> handled.add("string " + v.getValue()))
            .on(Int32Value.getDefaultInstance(), v -> handled.add("int " + v.getValue()));

    @Test
    void eachTypeGoesToItsOwnHandler() {
        assertThat(routes.dispatch(event(StringValue.of("hello")))).isTrue();
        assertThat(routes.dispatch(event(Int32Value.of(7)))).isTrue();
        assertThat(handled).containsExactly("string hello", "int 7");
    }

    @Test
    void aTypeWithNoRouteIsIgnoredSoProducersMayAddTypesFirst() {
        assertThat(routes.dispatch(received("councilprotocol.future.v1.SomethingNew", new byte[0]))).isFalse();
        assertThat(handled).isEmpty();
    }

    @Test
    void anUndecodablePayloadIsRefusedNotHalfHandled() {
        ReceivedEvent garbage = received(EventRoutes.typeOf(StringValue.getDefaultInstance()), new byte[]{(byte) 0xFF, 0x01});
        assertThatThrownBy(() -> routes.dispatch(garbage)).isInstanceOf(IllegalArgumentException.class);
        assertThat(handled).isEmpty();
    }

    @Test
    void aRouteTakingRunsGetsConsecutiveEventsAsOneListAndALoneEventAsAListOfOne() {
        List<List<String>> calls = new ArrayList<>();
        EventRoutes runs = new EventRoutes().onRuns(StringValue.getDefaultInstance(),
                values -> calls.add(values.stream().map(StringValue::getValue).toList()));
        String type = EventRoutes.typeOf(StringValue.getDefaultInstance());
        assertThat(runs.takesRuns(type)).isTrue();
        assertThat(routes.takesRuns(type)).as("a route of one at a time").isFalse();
        assertThat(runs.handles(type)).isTrue();
        assertThat(runs.handles("councilprotocol.future.v1.SomethingNew")).isFalse();

        runs.dispatchRun(List.of(event(StringValue.of("a")), event(StringValue.of("b")), event(StringValue.of("c"))));
        runs.dispatch(event(StringValue.of("d")));
        assertThat(calls).containsExactly(List.of("a", "b", "c"), List.of("d"));
    }

    @Test
    void oneUndecodablePayloadRefusesTheWholeRunBeforeAnyIsHandled() {
        List<String> seen = new ArrayList<>();
        EventRoutes runs = new EventRoutes().onRuns(StringValue.getDefaultInstance(),
                values -> values.forEach(v -> seen.add(v.getValue())));
        ReceivedEvent garbage = received(EventRoutes.typeOf(StringValue.getDefaultInstance()), new byte[]{(byte) 0xFF, 0x01});
        assertThatThrownBy(() -> runs.dispatchRun(List.of(event(StringValue.of("a")), garbage)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(seen).isEmpty();
    }

    static ReceivedEvent event(Message message) {
        return received(EventRoutes.typeOf(message), message.toByteArray());
    }

    static ReceivedEvent received(String type, byte[] payload) {
        return new ReceivedEvent("e-1", type, "/test", Instant.EPOCH, "key", payload, "test.events.v1", 0, 0L, null, null);
    }
}
