package uk.councilprotocol.notifications.templates;

import org.junit.jupiter.api.Test;
import uk.councilprotocol.platform.errors.FieldViolation;
import uk.councilprotocol.platform.errors.Validation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTest {
    static final Set<String> KNOWN = Set.of("course", "due date");

    static List<FieldViolation> problems(String text) {
        Validation check = Validation.start();
        Placeholders.check("body", text, KNOWN, check);
        return check.violations();
    }

    @Test
    void fillsEachPlaceholderWhateverItsCaseAndSpacing() {
        assertThat(Placeholders.fill("((course)) is due by (( Due  Date )).", Map.of("course", "Nolan", "due date", "Monday 7 December 2026")))
                .isEqualTo("Nolan is due by Monday 7 December 2026.");
    }

    @Test
    void aValueIsNotReadAsAPlaceholderOrAReplacementPattern() {
        assertThat(Placeholders.fill("((course))", Map.of("course", "$1 ((due date)) \\")))
                .isEqualTo("$1 ((due date)) \\");
    }

    @Test
    void knownPlaceholdersPass() {
        assertThat(problems("Your ((course)) is due by ((due date)) (soon).")).isEmpty();
    }

    @Test
    void anUnknownPlaceholderIsNamedWithTheOnesItMayUse() {
        List<FieldViolation> found = problems("Dear ((first name)), your ((course))");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).field()).isEqualTo("body");
        assertThat(found.get(0).message()).contains("((first name)) is not a placeholder").contains("((course)), ((due date))");
    }

    @Test
    void bracketsLeftOpenAreRefused() {
        assertThat(problems("Your ((course) is due")).extracting(FieldViolation::field).containsExactly("body");
        assertThat(problems("Your course)) is due")).hasSize(1);
    }

    @Test
    void aBodySplitsIntoParagraphsAtBlankLines() {
        assertThat(Wording.paragraphs("First line\nstill first.\n\n  \nSecond.\r\n\r\nThird.\n"))
                .containsExactly("First line\nstill first.", "Second.", "Third.");
    }
}
