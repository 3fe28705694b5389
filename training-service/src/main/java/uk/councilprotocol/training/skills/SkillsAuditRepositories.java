package uk.councilprotocol.training.skills;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

/** Where audits, their skills and the councillors' ratings are kept. */
public final class SkillsAuditRepositories {
    private SkillsAuditRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Audits extends CrudRepository<SkillsAudit, UUID> {
        @Query("SELECT * FROM skills_audit ORDER BY published_at DESC")
        List<SkillsAudit> newestFirst();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Skills extends CrudRepository<AuditSkill, UUID> {
        @Query("SELECT * FROM skills_audit_skill WHERE audit_id IN (:auditIds) ORDER BY audit_id, position")
        List<AuditSkill> of(List<UUID> auditIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Ratings extends CrudRepository<SkillRating, UUID> {
        @Query("SELECT * FROM skills_audit_rating WHERE audit_id = :auditId ORDER BY person_id, position")
        List<SkillRating> of(UUID auditId);

        @Query("SELECT * FROM skills_audit_rating WHERE audit_id = :auditId AND person_id = :personId ORDER BY position")
        List<SkillRating> of(UUID auditId, String personId);

        @Query("DELETE FROM skills_audit_rating WHERE audit_id = :auditId AND person_id = :personId")
        void forget(UUID auditId, String personId);
    }
}
