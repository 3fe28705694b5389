package uk.councilprotocol.notifications.follows;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FollowRepository extends CrudRepository<Follow, UUID> {

    List<Follow> findByPersonIdOrderByFollowedAtDesc(String personId);

    Optional<Follow> findByPersonIdAndSubjectTypeAndSubjectId(String personId, String subjectType, UUID subjectId);

    /** Who follows the action, or the plan it belongs to. */
    @Query("SELECT DISTINCT person_id FROM follow WHERE (subject_type = 'ACTION' AND subject_id = :actionId) "
            + "OR (subject_type = 'PLAN' AND subject_id = :planId)")
    List<String> followersOf(UUID actionId, @Nullable UUID planId);
}
