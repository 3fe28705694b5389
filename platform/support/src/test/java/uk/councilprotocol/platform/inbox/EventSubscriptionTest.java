package uk.councilprotocol.platform.inbox;

import org.junit.jupiter.api.Test;
import uk.councilprotocol.platform.events.EventRoutes;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How many consumer loops a subscription gets: the service's setting, or fewer where the subscription asks; and how
 * long its fetches may gather.
 */
class EventSubscriptionTest {
    @Test
    void withoutAWishItTakesTheServicesSetting() {
        assertThat(subscription(0).loops(3)).isEqualTo(3);
        assertThat(new EventSubscription("s", List.of("t.v1"), new EventRoutes()).loops(5)).isEqualTo(5);
    }

    @Test
    void itAsksForFewerButNeverMoreThanTheService() {
        assertThat(subscription(1).loops(3)).isEqualTo(1);
        assertThat(subscription(4).loops(2)).isEqualTo(2);
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> subscription(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consumers");
    }

    @Test
    void itReadsEachEventAtOnceUnlessAskedToGather() {
        assertThat(subscription(1).gathering()).isZero();
        EventSubscription gathering = subscription(1).gatheringFor(EventSubscription.PEOPLES_PACE);
        assertThat(gathering.gathering()).isEqualTo(Duration.ofMillis(200));
        assertThat(gathering.loops(3)).as("its other wishes kept").isEqualTo(1);
        assertThatThrownBy(() -> subscription(1).gatheringFor(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gathering");
    }

    @Test
    void aCopyKeptAtPeoplesPaceHasOneLoopThatGathers() {
        EventSubscription roster = subscription(0).atPeoplesPace();
        assertThat(roster.loops(3)).isEqualTo(1);
        assertThat(roster.gathering()).isEqualTo(EventSubscription.PEOPLES_PACE);
    }

    private static EventSubscription subscription(int consumers) {
        return new EventSubscription("s", List.of("t.v1"), new EventRoutes(), consumers);
    }
}
