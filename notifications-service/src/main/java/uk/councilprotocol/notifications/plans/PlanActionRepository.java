package uk.councilprotocol.notifications.plans;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PlanActionRepository extends CrudRepository<PlanAction, UUID> {

    List<PlanAction> findByOpenTrue();

    /** Any action of the plan: its title, and whether the plan is known here. */
    Optional<PlanAction> findFirstByPlanId(UUID planId);

    /** The next open action due on or after the day (a preview's real case). */
    Optional<PlanAction> findFirstByOpenAndDeadlineGreaterThanEqualsOrderByDeadline(boolean open, LocalDate day);

    /** The open action that most recently fell overdue before the day. */
    Optional<PlanAction> findFirstByOpenAndDeadlineLessThanOrderByDeadlineDesc(boolean open, LocalDate day);
}
