package uk.councilprotocol.training.courses;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A course as HR adds or changes it; the code comes from the address and {@link CourseCatalogue} checks it. */
@Serdeable
@Introspected
public record CourseRequest(@NotBlank(message = "is required") @Size(max = 200, message = "is longer than {max} characters")
                            @Nullable String title,
                            @Size(max = 4000, message = "is longer than {max} characters") @Nullable String description,
                            @Min(value = 1, message = "must be between 1 and 120, or absent for a course that never expires")
                            @Max(value = 120, message = "must be between 1 and 120, or absent for a course that never expires")
                            @Nullable Integer renewalMonths,
                            @Nullable Boolean active,
                            @Min(value = 1, message = "must be between 1 and 365 days, or absent to count every renewal from its completion")
                            @Max(value = 365, message = "must be between 1 and 365 days, or absent to count every renewal from its completion")
                            @Nullable Integer renewalWindowDays,
                            @Nullable String renewsBy) {
}
