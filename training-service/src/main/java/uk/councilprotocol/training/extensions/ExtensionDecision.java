package uk.councilprotocol.training.extensions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The approver's answer: APPROVE or DECLINE, and a note (required when declining: the person is told why). */
@Serdeable
@Introspected
public record ExtensionDecision(@NotBlank(message = "is required (APPROVE or DECLINE)")
                                @Pattern(regexp = "\\s*(APPROVE|DECLINE)?\\s*", message = "must be APPROVE or DECLINE")
                                @Nullable String decision,
                                @Size(max = 1000, message = "is longer than {max} characters") @Nullable String note) {

    boolean approves() {
        return "APPROVE".equals(decision == null ? null : decision.strip());
    }
}
