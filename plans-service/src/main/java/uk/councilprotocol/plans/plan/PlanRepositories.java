package uk.councilprotocol.plans.plan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The repositories of a plan's structure: plans, themes, outcomes and recommendations. */
public final class PlanRepositories {
    private PlanRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Plans extends CrudRepository<Plan, UUID> {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Themes extends CrudRepository<Theme, UUID> {
        List<Theme> findByPlanIdOrderByPosition(UUID planId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Outcomes extends CrudRepository<Outcome, UUID> {
        List<Outcome> findByThemeIdInOrderByPosition(Collection<UUID> themeIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Recommendations extends CrudRepository<Recommendation, UUID> {
        List<Recommendation> findByThemeIdInOrderByPosition(Collection<UUID> themeIds);
    }
}
