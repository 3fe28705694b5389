package uk.councilprotocol.training.requirements;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RequirementRuleRepository extends CrudRepository<RequirementRule, UUID> {

    List<RequirementRule> findByActiveTrue();

    /** The active rules that require this course or wait for it: all a completion of it needs. */
    @Query("SELECT * FROM requirement_rule WHERE active AND (course_code = :courseCode OR after_course = :courseCode)")
    List<RequirementRule> findActiveAbout(String courseCode);

    List<RequirementRule> listOrderByCourseCode();
}
