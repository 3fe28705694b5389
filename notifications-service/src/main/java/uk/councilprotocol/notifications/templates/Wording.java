package uk.councilprotocol.notifications.templates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;

/** An email's words before they are filled in: a one-line subject and a plain-text body, a blank line between paragraphs. */
@Serdeable
public record Wording(@Nullable String subject, @Nullable String body) {

    /** The body's paragraphs, as the letter lays them out (the first in bold). */
    public static List<String> paragraphs(String filledBody) {
        return Arrays.stream(filledBody.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
