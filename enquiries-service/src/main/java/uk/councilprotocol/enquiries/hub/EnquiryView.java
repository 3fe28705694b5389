package uk.councilprotocol.enquiries.hub;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An enquiry as one caller may see it: {@code constituent} is null unless they may see personal data. */
@Serdeable
public record EnquiryView(String reference,
                          String councillorId,
                          @Nullable String councillorName,
                          String channel,
                          Instant receivedAt,
                          String subject,
                          String description,
                          String category,
                          @Nullable String ward,
                          @Nullable Constituent constituent,
                          boolean confidential,
                          List<String> circulation,
                          String status,
                          LocalDate countsFrom,
                          LocalDate dueDate,
                          Instant dueAt,
                          boolean deadlineProvisional,
                          boolean overdue,
                          List<Assigned> assignments,
                          @Nullable String response,
                          @Nullable Instant respondedAt,
                          @Nullable String respondedBy,
                          LocalDate originalDueDate,
                          List<DeadlineChange> deadlineChanges,
                          @Nullable String complaintReference,
                          @Nullable Instant escalatedAt,
                          @Nullable String relatedAddress) {

    /** The member of the public the enquiry is on behalf of: personal data, shown only to those who may see it. */
    @Serdeable
    @Introspected
    public record Constituent(@Size(max = 200, message = "is longer than {max} characters") @Nullable String name,
                              @Size(max = 200, message = "is longer than {max} characters") @Nullable String contact,
                              @Size(max = 500, message = "is longer than {max} characters") @Nullable String address) {
    }

    @Serdeable
    /** {@code noChiefOfficer}: the roster names no Chief Officer of the department, so an overdue enquiry escalates to no one (9.1.9). */
    public record Assigned(String department, @Nullable String officerId, boolean noChiefOfficer) {
    }
}
