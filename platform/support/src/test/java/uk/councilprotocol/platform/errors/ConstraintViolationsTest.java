package uk.councilprotocol.platform.errors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Field names as the API spells them, whatever the Java record calls them. */
class ConstraintViolationsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "councillorId, councillor_id",
            "subject, subject",
            "receivedAt, received_at",
            "actionBeingTaken, action_being_taken",
            "course2Code, course2_code",
    })
    void recordComponentsAreNamedAsTheApiNamesThem(String component, String field) {
        assertThat(ConstraintViolations.snake(component)).isEqualTo(field);
    }
}
