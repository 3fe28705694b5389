package uk.councilprotocol.notifications.contacts;

import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.notifications.TrainingEvents;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContactBookTest {
    @Test
    void inOneRunAPersonsLastEventWinsInTheOrderTheyCame() {
        Person first = TrainingEvents.person("p-1", "First Name", "first@example.gov.uk", null).getPerson();
        Person other = TrainingEvents.person("p-2", "Other", "other@example.gov.uk", null).getPerson();
        Person again = first.toBuilder().setFullName("Second Name").build();

        var latest = ContactBook.latestOf(List.of(first, other, again), Instant.parse("2026-12-05T10:00:00Z"));

        assertThat(latest.keySet()).containsExactly("p-1", "p-2");
        assertThat(latest.get("p-1").fullName()).isEqualTo("Second Name");
    }
}
