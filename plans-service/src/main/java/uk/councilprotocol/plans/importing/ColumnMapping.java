package uk.councilprotocol.plans.importing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import uk.councilprotocol.platform.errors.InvalidInputException;

import java.io.IOException;
import java.util.Map;

/** A column mapping as given over HTTP: a JSON object of header → role, e.g. {"What we will do": "action"}. */
public final class ColumnMapping {
    private ColumnMapping() {
    }

    public static Map<String, String> parse(JsonMapper json, String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(text, Argument.mapOf(String.class, String.class));
        } catch (IOException e) {
            throw InvalidInputException.of("mapping", "must be a JSON object of header → role, e.g. {\"What we will do\":\"action\"}");
        }
    }
}
