package uk.councilprotocol.enquiries.email;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("enquiry_attachment")
public record Attachment(@Id UUID id, UUID enquiryId, String filename, String contentType, int sizeBytes, byte[] content) {
}
