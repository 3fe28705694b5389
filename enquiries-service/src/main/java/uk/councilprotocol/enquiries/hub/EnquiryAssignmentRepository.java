package uk.councilprotocol.enquiries.hub;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EnquiryAssignmentRepository extends CrudRepository<EnquiryAssignment, UUID> {

    List<EnquiryAssignment> findByEnquiryId(UUID enquiryId);

    List<EnquiryAssignment> listOrderByAssignedAt();

    List<EnquiryAssignment> findByEnquiryIdInOrderByAssignedAt(Collection<UUID> enquiryIds);
}
