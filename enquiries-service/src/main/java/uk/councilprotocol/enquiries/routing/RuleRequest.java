package uk.councilprotocol.enquiries.routing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A routing rule as the Hub writes it: enquiries of a category (in a ward, or anywhere) go to a department. */
@Serdeable
@Introspected
public record RuleRequest(@NotBlank(message = "is required") @Size(max = 200, message = "is longer than {max} characters")
                          @Nullable String category,
                          @Size(max = 200, message = "is longer than {max} characters") @Nullable String ward,
                          @NotBlank(message = "is required") @Size(max = 200, message = "is longer than {max} characters")
                          @Nullable String department,
                          @Size(max = 100, message = "is longer than {max} characters") @Nullable String defaultOfficerId) {
}
