package uk.councilprotocol.enquiries.hub;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DeadlineChangeRepository extends CrudRepository<DeadlineChange, UUID> {

    List<DeadlineChange> findByEnquiryIdOrderByRecordedAt(UUID enquiryId);

    List<DeadlineChange> findByEnquiryIdInOrderByRecordedAt(Collection<UUID> enquiryIds);
}
