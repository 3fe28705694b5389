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
    void itReadsEachEventAtOnceButACopyKeptAtPeoplesPaceGathersWithOneLoop() {
        assertThat(subscription(0).gathering()).isZero();
        EventSubscription roster = subscription(0).atPeoplesPace();
        assertThat(roster.gathering()).isEqualTo(Duration.ofMillis(200));
        assertThat(roster.loops(3)).isEqualTo(1);
        assertThatThrownBy(() -> new EventSubscription("s", List.of("t.v1"), new EventRoutes(), 1, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gathering");
    }

    private static EventSubscription subscription(int consumers) {
        return new EventSubscription("s", List.of("t.v1"), new EventRoutes(), consumers);
    }
}
