package uk.councilprotocol.enquiries.hub;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A Councillor enquiry as the Members Support Hub logged it, with its deadline and, once given, its response. */
@MappedEntity("enquiry")
public record Enquiry(@Id UUID id,
                      String reference,
                      String councillorId,
                      Channel channel,
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
                      Status status,
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

    /** How it reached the council (protocol 9.1.1). */
    public enum Channel {
        VERBAL, EMAIL, LETTER, IN_PERSON;

        /** "email", "In person", "IN_PERSON": as a person or a system writes it; empty when it is none of them. */
        public static Optional<Channel> named(String text) {
            String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
            return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
        }
    }

    /** Open until answered; reclassified when it is in fact a complaint (9.1.8). */
    public enum Status {
        OPEN, RESPONDED, RECLASSIFIED
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && now.isAfter(dueAt);
    }

    public Enquiry responded(String text, Instant at, String by) {
        return new Enquiry(id, reference, councillorId, channel, receivedAt, subject, description, category, ward,
                constituentName, constituentContact, constituentAddress, confidential, circulation, Status.RESPONDED, countsFrom,
                dueDate, dueAt, originalDueDate, text, at, by, loggedBy, createdAt, at, complaintReference, escalatedAt, relatedAddress);
    }

    /** A new deadline (holding reply, agreed alternative, reopening); the original is kept for reporting. */
    public Enquiry dueOn(LocalDate newDueDate, Instant newDueAt, Status newStatus, Instant now) {
        return new Enquiry(id, reference, councillorId, channel, receivedAt, subject, description, category, ward,
                constituentName, constituentContact, constituentAddress, confidential, circulation, newStatus, countsFrom,
                newDueDate, newDueAt, originalDueDate, newStatus == Status.OPEN ? null : response,
                newStatus == Status.OPEN ? null : respondedAt, newStatus == Status.OPEN ? null : respondedBy, loggedBy,
                createdAt, now, complaintReference, null, relatedAddress);
    }

    public Enquiry reclassified(String complaint, Instant now) {
        return new Enquiry(id, reference, councillorId, channel, receivedAt, subject, description, category, ward,
                constituentName, constituentContact, constituentAddress, confidential, circulation, Status.RECLASSIFIED, countsFrom,
                dueDate, dueAt, originalDueDate, response, respondedAt, respondedBy, loggedBy, createdAt, now, complaint, escalatedAt, relatedAddress);
    }

    public Enquiry escalated(Instant now) {
        return new Enquiry(id, reference, councillorId, channel, receivedAt, subject, description, category, ward,
                constituentName, constituentContact, constituentAddress, confidential, circulation, status, countsFrom,
                dueDate, dueAt, originalDueDate, response, respondedAt, respondedBy, loggedBy, createdAt, now,
                complaintReference, now, relatedAddress);
    }
}
