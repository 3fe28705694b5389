package uk.councilprotocol.plans.actions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import uk.councilprotocol.platform.errors.NotFoundException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The repositories of actions and what hangs off them. */
public final class ActionRepositories {
    private ActionRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Actions extends CrudRepository<Action, UUID> {
        List<Action> findByPlanIdOrderByPosition(UUID planId);

        /** The action, or a 404 naming it. */
        default Action require(UUID id) {
            return findById(id).orElseThrow(() -> new NotFoundException("action", id.toString()));
        }

        /** Open actions whose owner is written as posts: who answers for them changes with the roster. */
        @Query(value = "SELECT * FROM action WHERE status NOT IN ('COMPLETE', 'WITHDRAWN') AND cardinality(owner_roles) > 0",
                nativeQuery = true)
        List<Action> findOpenNamingPosts();

        /** Open actions past their deadline whose overdue event has not gone out for that deadline. */
        @Query(value = "SELECT * FROM action WHERE deadline < :today AND status NOT IN ('COMPLETE', 'WITHDRAWN') "
                + "AND overdue_notified IS DISTINCT FROM deadline ORDER BY deadline LIMIT :limit FOR UPDATE SKIP LOCKED",
                nativeQuery = true)
        List<Action> lockNewlyOverdue(LocalDate today, int limit);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Milestones extends CrudRepository<ActionMilestone, UUID> {
        List<ActionMilestone> findByActionIdInOrderByPosition(Collection<UUID> actionIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface ProgressUpdates extends CrudRepository<ProgressUpdate, UUID> {
        List<ProgressUpdate> findByActionIdIn(Collection<UUID> actionIds);

        boolean existsByActionIdAndNarrative(UUID actionId, String narrative);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface ProgressRevisions extends CrudRepository<ProgressRevision, UUID> {
        List<ProgressRevision> findByProgressIdInOrderByCorrectedAt(Collection<UUID> progressIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface EvidenceLinks extends CrudRepository<EvidenceLink, UUID> {
        List<EvidenceLink> findByActionIdIn(Collection<UUID> actionIds);
    }
}
