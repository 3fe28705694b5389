package uk.councilprotocol.training.requirements;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A requirement rule as HR writes it: who must take a course (by kind, role — a committee is a role —, department or
 * political group; blank means everyone) and by when: {@code dueFrom} starting (the default), assigned, fixed-date
 * ({@code dueBy} as MM-DD, the days then the least notice) or after-course ({@code afterCourse}).
 * {@link RuleBook} checks the kinds, days and courses against each other and its data.
 */
@Serdeable
@Introspected
public record RuleRequest(@NotBlank(message = "is required") @Nullable String courseCode,
                          @Nullable String personKind,
                          @Size(max = 200, message = "is longer than {max} characters") @Nullable String role,
                          @Size(max = 200, message = "is longer than {max} characters") @Nullable String department,
                          @Nullable Integer dueWithinDays,
                          @Size(max = 200, message = "is longer than {max} characters") @Nullable String politicalGroup,
                          @Nullable String dueFrom,
                          @Nullable String dueBy,
                          @Nullable String afterCourse) {

    /** The rule as before due dates had kinds: N days from starting. */
    public RuleRequest(String courseCode, String personKind, String role, String department, Integer dueWithinDays,
                       String politicalGroup) {
        this(courseCode, personKind, role, department, dueWithinDays, politicalGroup, null, null, null);
    }
}
