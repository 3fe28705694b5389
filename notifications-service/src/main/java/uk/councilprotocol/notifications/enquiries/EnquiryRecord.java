package uk.councilprotocol.notifications.enquiries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;

/** A Councillor enquiry as far as its notices need it, from enquiries-service's events; no personal data. */
@MappedEntity("enquiry_record")
public record EnquiryRecord(@Id String reference,
                            String councillorId,
                            String subject,
                            boolean confidential,
                            LocalDate dueDate,
                            @TypeDef(type = DataType.STRING_ARRAY) String[] officerIds,
                            @TypeDef(type = DataType.STRING_ARRAY) String[] departments,
                            boolean open,
                            @Nullable String holdingReason,
                            @Nullable String holdingAction,
                            Instant updatedAt,
                            @Nullable Integer responseWorkingDays,
                            boolean deadlineProvisional,
                            @Nullable String response,
                            @TypeDef(type = DataType.STRING_ARRAY) String[] circulation) {

    EnquiryRecord withDeadline(LocalDate newDueDate, String reason, String action, Instant now) {
        return new EnquiryRecord(reference, councillorId, subject, confidential, newDueDate, officerIds, departments, true,
                reason, action, now, responseWorkingDays, deadlineProvisional, response, circulation);
    }

    EnquiryRecord assignedTo(String[] newDepartments, String[] newOfficers, Instant now) {
        return new EnquiryRecord(reference, councillorId, subject, confidential, dueDate, newOfficers, newDepartments, open,
                holdingReason, holdingAction, now, responseWorkingDays, deadlineProvisional, response, circulation);
    }

    EnquiryRecord closed(Instant now) {
        return new EnquiryRecord(reference, councillorId, subject, confidential, dueDate, officerIds, departments, false,
                holdingReason, holdingAction, now, responseWorkingDays, deadlineProvisional, response, circulation);
    }

    /** Closed with the response's text (none for a confidential enquiry). */
    EnquiryRecord answered(@Nullable String responseText, Instant now) {
        return new EnquiryRecord(reference, councillorId, subject, confidential, dueDate, officerIds, departments, false,
                holdingReason, holdingAction, now, responseWorkingDays, deadlineProvisional,
                responseText == null || responseText.isBlank() ? null : responseText, circulation);
    }

    /** How the enquiry is named in an email: its subject, unless it is confidential. */
    String title() {
        return confidential ? reference + " [CONFIDENTIAL]" : reference + " \u201c" + subject + "\u201d";
    }
}
