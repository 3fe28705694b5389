package uk.councilprotocol.enquiries.hub;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What the Hub records when an enquiry arrives (HTTP JSON and gRPC alike). */
@Serdeable
public record LogRequest(@Nullable String councillorId,
                         @Nullable String channel,
                         @Nullable String receivedAt,
                         @Nullable String subject,
                         @Nullable String description,
                         @Nullable String category,
                         @Nullable String ward,
                         @Nullable EnquiryView.Constituent constituent,
                         @Nullable Boolean confidential,
                         @Nullable List<String> circulation,
                         @Nullable List<String> departments,
                         @Nullable String relatedAddress) {
}
