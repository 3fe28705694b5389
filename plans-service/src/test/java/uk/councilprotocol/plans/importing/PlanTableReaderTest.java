package uk.councilprotocol.plans.importing;

import org.junit.jupiter.api.Test;
import uk.councilprotocol.platform.errors.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed tables read without a service: columns recognised by their headers, rows as the importer gets them. */
class PlanTableReaderTest {
    final PlanTableReader reader = new PlanTableReader();

    static String seed(String file) throws IOException {
        try (InputStream in = PlanTableReaderTest.class.getResourceAsStream("/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void seed000sFamiliesOutcomesAndRunTogetherRecommendations() throws IOException {
        PlanTable table = reader.read(seed("protocol-action-plan-000.txt"), Map.of());
        assertThat(table.columns().values()).contains(ColumnRole.THEME, ColumnRole.OUTCOME, ColumnRole.RECOMMENDATION);
        List<String> councillors = table.rows().stream()
                .filter(r -> r.get(ColumnRole.OUTCOME).startsWith("Councillors who are equipped"))
                .map(r -> r.get(ColumnRole.RECOMMENDATION)).filter(text -> !text.isBlank()).toList();
        assertThat(councillors).hasSize(12).contains("Invite Councillors on 'tours' of services and/or projects");
    }

    @Test
    void seed003sReferencesAndItsHeaderRepeatedOnEveryPage() throws IOException {
        PlanTable table = reader.read(seed("lga-peer-challenge-003.txt"), Map.of());
        List<String> references = table.rows().stream().map(r -> r.get(ColumnRole.REFERENCE)).filter(r -> !r.isBlank()).distinct().toList();
        assertThat(references).hasSize(9);
        assertThat(table.rows()).noneMatch(r -> r.get(ColumnRole.ACTION).equalsIgnoreCase("Action"));
    }

    @Test
    void aTableWithNoRecognisableHeaderIsRefusedNamingWhatItFound() {
        assertThatThrownBy(() -> reader.read("Colour\tShape\nred\tround\n", Map.of())).isInstanceOf(InvalidInputException.class);
    }
}
