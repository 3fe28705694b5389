package uk.councilprotocol.platform.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunsTest {
    record Changed(String person, String name) {
    }

    @Test
    void eachAggregatesLastEventStandsInTheOrderTheyFirstCame() {
        List<Changed> run = List.of(new Changed("p-1", "First Name"), new Changed("p-2", "Other"),
                new Changed("p-1", "Second Name"), new Changed("p-1", "Third Name"));

        assertThat(Runs.lastOfEach(run, Changed::person))
                .containsExactly(new Changed("p-1", "Third Name"), new Changed("p-2", "Other"));
    }

    @Test
    void anEmptyRunComesToNothing() {
        assertThat(Runs.lastOfEach(List.<Changed>of(), Changed::person)).isEmpty();
    }
}
