package uk.councilprotocol.plans.standings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StandingRepository extends CrudRepository<Standing, UUID> {

    /** The day's standing, kept again each time: the day's last reading wins. */
    @Query("""
            INSERT INTO action_standing (id, action_id, stood_on, status, rag, progress_percent, evidence, evidence_value, taken_at)
            VALUES (:id, :actionId, :stoodOn, :status, :rag, :progressPercent, :evidence, :evidenceValue, :takenAt)
            ON CONFLICT (council, action_id, stood_on) DO UPDATE SET status = EXCLUDED.status, rag = EXCLUDED.rag,
                progress_percent = EXCLUDED.progress_percent, evidence = EXCLUDED.evidence,
                evidence_value = EXCLUDED.evidence_value, taken_at = EXCLUDED.taken_at""")
    void keep(UUID id, UUID actionId, LocalDate stoodOn, String status, String rag, int progressPercent, String evidence,
              @Nullable Double evidenceValue, Instant takenAt);

    /**
     * Claims the council's run of the standings at {@code now} unless a replica claimed it after {@code since}: 1 when
     * this call claimed it, 0 when another had. One statement, so two replicas asking at once cannot both win.
     */
    @Query("""
            WITH claimed AS (INSERT INTO standing_run (started_at) VALUES (:now) ON CONFLICT (council) DO UPDATE
                SET started_at = EXCLUDED.started_at WHERE standing_run.started_at <= :since RETURNING 1)
            SELECT count(*) FROM claimed""")
    long findClaimedRun(Instant now, Instant since);

    /** Each action's latest standing on or before the day. */
    @Query("""
            SELECT DISTINCT ON (action_id) * FROM action_standing
            WHERE action_id IN (:actionIds) AND stood_on <= :day ORDER BY action_id, stood_on DESC""")
    List<Standing> asAt(Collection<UUID> actionIds, LocalDate day);

    /** An action's live figure day by day, oldest first: its trend. */
    @Query("""
            SELECT * FROM (SELECT * FROM action_standing WHERE action_id = :actionId AND evidence_value IS NOT NULL
                           ORDER BY stood_on DESC LIMIT :days) latest ORDER BY stood_on""")
    List<Standing> trend(UUID actionId, int days);
}
