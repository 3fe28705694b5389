package uk.councilprotocol.console;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GovukDateTest {
    static String iso(String day, String month, String year, List<FormErrors.FieldError> errors) {
        return GovukDate.iso(Map.of("d-day", day, "d-month", month, "d-year", year), "d", errors);
    }

    @Test
    void threeBoxesMakeAnIsoDate() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        assertThat(iso("31", "3", "2027", errors)).isEqualTo("2027-03-31");
        assertThat(iso(" 1 ", "12", "2026", errors)).isEqualTo("2026-12-01");
        assertThat(iso("29", "2", "2028", errors)).as("a leap day").isEqualTo("2028-02-29");
        assertThat(errors).isEmpty();
    }

    @Test
    void emptyBoxesAreLeftToTheServiceAndNonsenseIsNamed() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        assertThat(iso("", "", "", errors)).isEmpty();
        assertThat(errors).isEmpty();
        assertThat(iso("29", "2", "2027", errors)).isEmpty();
        assertThat(iso("31", "March", "2027", errors)).isEmpty();
        assertThat(iso("1", "1", "27", errors)).isEmpty();
        assertThat(errors).hasSize(3).allSatisfy(e -> assertThat(e.field()).isEqualTo("d"));
    }
}
