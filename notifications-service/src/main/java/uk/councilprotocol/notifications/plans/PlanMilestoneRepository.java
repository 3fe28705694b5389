package uk.councilprotocol.notifications.plans;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PlanMilestoneRepository extends CrudRepository<PlanMilestone, UUID> {

    List<PlanMilestone> findByActionId(UUID actionId);

    /** The next milestone not done that is due on or after the day (a preview's real case). */
    Optional<PlanMilestone> findFirstByDoneAndDeadlineGreaterThanEqualsOrderByDeadline(boolean done, LocalDate day);
}
