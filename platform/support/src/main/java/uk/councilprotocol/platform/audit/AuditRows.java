package uk.councilprotocol.platform.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.platform.rows.RowsInsert;

import java.util.List;

/** A group of one council's audit entries, inserted in one statement in a transaction of its own. */
@Singleton
class AuditRows {
    private static final RowsInsert<AuditEntry> ROWS = RowsInsert.into("audit_log", AuditEntry.class)
            .column("at", "timestamptz", AuditEntry::at)
            .column("actor", "text", AuditEntry::actor)
            .column("actor_roles", "text", AuditEntry::actorRoles)
            .column("action", "text", AuditEntry::action)
            .column("target", "text", AuditEntry::target)
            .column("outcome", "text", AuditEntry::outcome)
            .column("source_address", "text", AuditEntry::sourceAddress)
            .column("changes", "text", AuditEntry::changes);

    private final JdbcOperations jdbc;

    AuditRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Called with the entries' council current, which names it on the connection (and so on each row). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(List<AuditEntry> entries) {
        ROWS.insert(jdbc.getConnection(), entries);
    }
}
