package uk.councilprotocol.training.extensions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ExtensionRequestRepository extends CrudRepository<ExtensionRequest, UUID> {

    /** The request, locked until the transaction ends: two approvers deciding at once decide one after the other. */
    @Query("SELECT * FROM extension_request WHERE id = :id FOR UPDATE")
    Optional<ExtensionRequest> lock(UUID id);

    boolean existsByAssignmentIdAndStatus(UUID assignmentId, ExtensionStatus status);

    /** Newest first; a null status or person means any. The caller's own view narrows it further (see Extensions). */
    @Query("""
            SELECT * FROM extension_request
            WHERE (CAST(:status AS text) IS NULL OR status = :status)
              AND (CAST(:personId AS text) IS NULL OR person_id = :personId)
              AND (CAST(:involving AS text) IS NULL OR person_id = :involving OR approver_id = :involving)
            ORDER BY requested_at DESC, id LIMIT 500""")
    List<ExtensionRequest> find(@Nullable String status, @Nullable String personId, @Nullable String involving);
}
