package uk.councilprotocol.enquiries.hub;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One department (and officer) an enquiry is routed to; an enquiry may have several. */
@MappedEntity("enquiry_assignment")
public record EnquiryAssignment(@Id UUID id, UUID enquiryId, String department, @Nullable String officerId, Instant assignedAt) {
}
