package uk.councilprotocol.enquiries.email;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AttachmentRepository extends CrudRepository<Attachment, UUID> {

    @Serdeable
    record Summary(UUID id, String filename, String contentType, int sizeBytes) {
    }

    @Query("SELECT id, filename, content_type, size_bytes FROM enquiry_attachment WHERE enquiry_id = :enquiryId ORDER BY filename")
    List<Summary> summariesOf(UUID enquiryId);
}
