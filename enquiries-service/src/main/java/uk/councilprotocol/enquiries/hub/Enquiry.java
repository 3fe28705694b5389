package uk.councilprotocol.enquiries.hub;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import uk.councilprotocol.enquiries.deadlines.ResponseDeadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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

    /**
     * Text as it may leave enquiries-service on an event: a confidential enquiry's subject, reasons and response stay
     * here (5.7, 9.3.5), so its events carry the reference and dates alone.
     */
    public String publishable(String text) {
        return confidential || text == null ? "" : text.strip();
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && now.isAfter(dueAt);
    }

    public Enquiry responded(String text, Instant at, String by) {
        Builder b = toBuilder();
        b.status = Status.RESPONDED;
        b.response = text;
        b.respondedAt = at;
        b.respondedBy = by;
        b.updatedAt = at;
        return b.build();
    }

    /** A new deadline (holding reply, agreed alternative, reopening); the original is kept for reporting. */
    public Enquiry dueOn(LocalDate newDueDate, Instant newDueAt, Status newStatus, Instant now) {
        Builder b = toBuilder();
        b.dueDate = newDueDate;
        b.dueAt = newDueAt;
        b.status = newStatus;
        if (newStatus == Status.OPEN) {
            b.response = null;
            b.respondedAt = null;
            b.respondedBy = null;
        }
        b.escalatedAt = null;
        b.updatedAt = now;
        return b.build();
    }

    public Enquiry reclassified(String complaint, Instant now) {
        Builder b = toBuilder();
        b.status = Status.RECLASSIFIED;
        b.complaintReference = complaint;
        b.updatedAt = now;
        return b.build();
    }

    public Enquiry escalated(Instant now) {
        Builder b = toBuilder();
        b.escalatedAt = now;
        b.updatedAt = now;
        return b.build();
    }

    /** A newly logged enquiry: open, due as the deadline says, logged now by the person named. */
    public static Enquiry logged(Logging logging, ResponseDeadlines.Deadline deadline, String loggedBy, Instant now) {
        Builder b = new Builder();
        b.id = UUID.randomUUID();
        b.reference = logging.reference();
        b.councillorId = logging.councillorId();
        b.channel = logging.channel();
        b.receivedAt = logging.receivedAt();
        b.subject = logging.subject();
        b.description = logging.description();
        b.category = logging.category();
        b.ward = logging.ward();
        b.constituentName = logging.constituentName();
        b.constituentContact = logging.constituentContact();
        b.constituentAddress = logging.constituentAddress();
        b.confidential = logging.confidential();
        b.circulation = logging.circulation().toArray(String[]::new);
        b.relatedAddress = logging.relatedAddress();
        b.status = Status.OPEN;
        b.countsFrom = deadline.countsFrom();
        b.dueDate = deadline.dueDate();
        b.dueAt = deadline.dueAt();
        b.originalDueDate = deadline.dueDate();
        b.loggedBy = loggedBy;
        b.createdAt = now;
        b.updatedAt = now;
        return b.build();
    }

    /** What the Hub writes down when it logs an enquiry (checked before it gets here). */
    public record Logging(String reference, String councillorId, Channel channel, Instant receivedAt, String subject,
                          String description, String category, @Nullable String ward, @Nullable String constituentName,
                          @Nullable String constituentContact, @Nullable String constituentAddress, boolean confidential,
                          List<String> circulation, @Nullable String relatedAddress) {
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.reference = reference;
        b.councillorId = councillorId;
        b.channel = channel;
        b.receivedAt = receivedAt;
        b.subject = subject;
        b.description = description;
        b.category = category;
        b.ward = ward;
        b.constituentName = constituentName;
        b.constituentContact = constituentContact;
        b.constituentAddress = constituentAddress;
        b.confidential = confidential;
        b.circulation = circulation;
        b.status = status;
        b.countsFrom = countsFrom;
        b.dueDate = dueDate;
        b.dueAt = dueAt;
        b.originalDueDate = originalDueDate;
        b.response = response;
        b.respondedAt = respondedAt;
        b.respondedBy = respondedBy;
        b.loggedBy = loggedBy;
        b.createdAt = createdAt;
        b.updatedAt = updatedAt;
        b.complaintReference = complaintReference;
        b.escalatedAt = escalatedAt;
        b.relatedAddress = relatedAddress;
        return b;
    }

    /** Every part by name, so a change copies the rest without a run of positional arguments. */
    private static final class Builder {
        private UUID id;
        private String reference;
        private String councillorId;
        private Channel channel;
        private Instant receivedAt;
        private String subject;
        private String description;
        private String category;
        private String ward;
        private String constituentName;
        private String constituentContact;
        private String constituentAddress;
        private boolean confidential;
        private String[] circulation;
        private Status status;
        private LocalDate countsFrom;
        private LocalDate dueDate;
        private Instant dueAt;
        private LocalDate originalDueDate;
        private String response;
        private Instant respondedAt;
        private String respondedBy;
        private String loggedBy;
        private Instant createdAt;
        private Instant updatedAt;
        private String complaintReference;
        private Instant escalatedAt;
        private String relatedAddress;

        Enquiry build() {
            return new Enquiry(id, reference, councillorId, channel, receivedAt, subject, description, category, ward,
                    constituentName, constituentContact, constituentAddress, confidential, circulation, status, countsFrom, dueDate, dueAt,
                    originalDueDate, response, respondedAt, respondedBy, loggedBy, createdAt, updatedAt, complaintReference, escalatedAt, relatedAddress);
        }
    }
}
