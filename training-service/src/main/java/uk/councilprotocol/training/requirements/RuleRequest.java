package uk.councilprotocol.training.requirements;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A requirement rule as HR writes it: who must take a course (by kind, role — a committee is a role —, department or political group; blank
 * means everyone)
 * and within how many days of starting. {@link RuleBook} checks the course and the kind against its data.
 */
@Serdeable
@Introspected
public record RuleRequest(@NotBlank(message = "is required") @Nullable String courseCode,
                          @Nullable String personKind,
                          @Size(max = 200, message = "is longer than {max} characters") @Nullable String role,
                          @Size(max = 200, message = "is longer than {max} characters") @Nullable String department,
                          @NotNull(message = "must be a number of days from 1 to 3650")
                          @Min(value = 1, message = "must be a number of days from 1 to 3650")
                          @Max(value = 3650, message = "must be a number of days from 1 to 3650")
                          @Nullable Integer dueWithinDays,
                          @Size(max = 200, message = "is longer than {max} characters") @Nullable String politicalGroup) {
}
