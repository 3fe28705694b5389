package uk.councilprotocol.notifications.skills;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The audits councillors are asked to answer, and who has answered each. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SkillsAuditRepository extends CrudRepository<AuditToAnswer, UUID> {

    /** The council's latest audit: a template's preview is filled from it. */
    Optional<AuditToAnswer> findFirstOrderByPublishedAtDesc();

    @Query("SELECT person_id FROM skills_audit_answered WHERE audit_id = :auditId")
    List<String> whoAnswered(UUID auditId);

    @Query("SELECT EXISTS (SELECT 1 FROM skills_audit_answered WHERE audit_id = :auditId AND person_id = :personId)")
    boolean answered(UUID auditId, String personId);

    @Query("INSERT INTO skills_audit_answered (audit_id, person_id, answered_at) VALUES (:auditId, :personId, :answeredAt) "
            + "ON CONFLICT DO NOTHING")
    void rememberAnswered(UUID auditId, String personId, Instant answeredAt);
}
