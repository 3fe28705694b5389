package uk.councilprotocol.enquiries.hub;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What the Hub records when an enquiry arrives (HTTP JSON and gRPC alike). Its shape is declared here (Bean
 * Validation); what needs the roster or the routing rules — a councillor who exists, a category someone handles —
 * {@link EnquiryDesk#log} checks, and the caller hears of both at once.
 */
@Serdeable
@Introspected
public record LogRequest(@NotBlank(message = "is required") @Nullable String councillorId,
                         @NotBlank(message = "is required (verbal, email, letter or in person)") @Nullable String channel,
                         @Nullable String receivedAt,
                         @NotBlank(message = "is required") @Size(max = 200, message = "is longer than {max} characters")
                         @Nullable String subject,
                         @NotBlank(message = "is required") @Size(max = 10_000, message = "is longer than {max} characters")
                         @Nullable String description,
                         @NotBlank(message = "is required") @Nullable String category,
                         @Size(max = 200, message = "is longer than {max} characters") @Nullable String ward,
                         @Valid @Nullable EnquiryView.Constituent constituent,
                         @Nullable Boolean confidential,
                         @Size(max = 60, message = "names more than {max} councillors") @Nullable List<String> circulation,
                         @Size(max = 20, message = "names more than {max} departments") @Nullable List<String> departments,
                         @Size(max = 500, message = "is longer than {max} characters") @Nullable String relatedAddress) {
}
