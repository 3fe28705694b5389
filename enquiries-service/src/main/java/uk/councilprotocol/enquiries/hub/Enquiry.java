package uk.councilprotocol.enquiries.hub;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A Councillor enquiry as the Members Support Hub logged it, with its deadline and, once given, its response. */
@MappedEntity("enquiry")
public record Enquiry(@Id UUID id,
                      String reference,
                      String councillorId,
                      String channel,
                      Instant receivedAt,
                      String subject,
                      String description,
                      String category,
                      @Nullable String ward,
                      @Nullable String constituentName,
                      @Nullable String constituentContact,
                      @Nullable String constituentAddress,
                      boolean confidential,
                      @TypeDef(type = DataType.STRING_ARRAY) String[] circulation,
                      String status,
                      LocalDate countsFrom,
                      LocalDate dueDate,
                      Instant dueAt,
                      LocalDate originalDueDate,
                      @Nullable String response,
                      @Nullable Instant respondedAt,
                      @Nullable String respondedBy,
                      String loggedBy,
                      Instant createdAt,
                      Instant updatedAt,
                      @Nullable String complaintReference,
                      @Nullable Instant escalatedAt,
                      @Nullable String relatedAddress) {

    public static final String OPEN = "OPEN";
    public static final String RESPONDED = "RESPONDED";
    public static final String RECLASSIFIED = "RECLASSIFIED";

    public boolean isOverdue(Instant now) {
        return OPEN.equals(status) && now.isAfter(dueAt);
    }

    public Enquiry responded(String text, Instant at, String by) {
        return new Enquiry(id, reference, councillorId, channel, receivedAt, subject, description, category, ward,
                constituentName, constituentContact, constituentAddress, confidential, circulation, RESPONDED, countsFrom,
                dueDate, dueAt, originalDueDate, text, at, by, loggedBy, createdAt, at, complaintReference, escalatedAt, relatedAddress);
    }

    /** A new deadline (holding reply, agreed alternative, reopening); the original is kept for reporting. */
    public Enquiry dueOn(LocalDate newDueDate, Instant newDueAt, String newStatus, Instant now) {
        return new Enquiry(id, reference, councillorId, channel, receivedAt, subject, description, category, ward,
                constituentName, constituentContact, constituentAddress, confidential, circulation, newStatus, countsFrom,
                newDueDate, newDueAt, originalDueDate, OPEN.equals(newStatus) ? null : response,
                OPEN.equals(newStatus) ? null : respondedAt, OPEN.equals(newStatus) ? null : respondedBy, loggedBy,
                createdAt, now, complaintReference, null, relatedAddress);
    }

    public Enquiry reclassified(String complaint, Instant now) {
        return new Enquiry(id, reference, councillorId, channel, receivedAt, subject, description, category, ward,
                constituentName, constituentContact, constituentAddress, confidential, circulation, RECLASSIFIED, countsFrom,
                dueDate, dueAt, originalDueDate, response, respondedAt, respondedBy, loggedBy, createdAt, now, complaint, escalatedAt, relatedAddress);
    }

    public Enquiry escalated(Instant now) {
        return new Enquiry(id, reference, councillorId, channel, receivedAt, subject, description, category, ward,
                constituentName, constituentContact, constituentAddress, confidential, circulation, status, countsFrom,
                dueDate, dueAt, originalDueDate, response, respondedAt, respondedBy, loggedBy, createdAt, now,
                complaintReference, now, relatedAddress);
    }
}
