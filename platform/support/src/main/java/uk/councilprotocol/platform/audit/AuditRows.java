package uk.councilprotocol.platform.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.platform.rows.RowsInsert;
import uk.councilprotocol.platform.tenancy.CouncilSwitch;
import uk.councilprotocol.platform.tenancy.Councils;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * Groups of audit entries, one statement per council, all in one transaction of their own. Row-level security
 * checks each row's council against the one the connection names, so the connection names each council in turn
 * before its rows; a closed council's is refused there, as anywhere.
 */
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
    private final Councils councils;

    AuditRows(JdbcOperations jdbc, Councils councils) {
        this.jdbc = jdbc;
        this.councils = councils;
    }

    /** Each council's entries, by council; the connection opens named for the current council. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(Map<String, List<AuditEntry>> byCouncil) {
        Connection connection = jdbc.getConnection();
        String named = councils.current();
        for (Map.Entry<String, List<AuditEntry>> council : byCouncil.entrySet()) {
            if (!council.getKey().equals(named)) {
                CouncilSwitch.to(connection, council.getKey());
                named = council.getKey();
            }
            ROWS.insert(connection, council.getValue());
        }
    }
}
