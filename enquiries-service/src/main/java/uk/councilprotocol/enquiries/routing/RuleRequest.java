package uk.councilprotocol.enquiries.routing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A routing rule as the Hub writes it: enquiries of a category (in a ward, or anywhere) go to a department. Each is a
 * name: letters (at least one), digits, spaces and the punctuation names use — not a date, a number or control
 * characters, which would route nothing.
 */
@Serdeable
@Introspected
public record RuleRequest(@NotBlank(message = "is required") @Size(max = 200, message = "is longer than {max} characters")
                          @Pattern(regexp = OPTIONAL_NAME, message = NAME_MESSAGE) @Nullable String category,
                          @Size(max = 200, message = "is longer than {max} characters")
                          @Pattern(regexp = OPTIONAL_NAME, message = NAME_MESSAGE) @Nullable String ward,
                          @NotBlank(message = "is required") @Size(max = 200, message = "is longer than {max} characters")
                          @Pattern(regexp = OPTIONAL_NAME, message = NAME_MESSAGE) @Nullable String department,
                          @Size(max = 100, message = "is longer than {max} characters") @Nullable String defaultOfficerId) {
    // a letter somewhere, then only name characters, matched without backtracking (a long input costs one pass)
    static final String NAME = "(?=.*\\p{L})[\\p{L}\\p{N} ,.'\u2019&()/-]*+";
    // blank is left to @NotBlank (named once), absent is a ward's "anywhere"
    static final String OPTIONAL_NAME = "\\s*|" + NAME;
    static final String NAME_MESSAGE = "must be a name: letters, digits, spaces and , . ' & ( ) / -";
}
