package uk.councilprotocol.notifications.delivery;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BounceReadRepository extends CrudRepository<BounceRead, String> {

    /**
     * @return 1 for the replica that takes the bounce (or takes it again: a claim from before {@code staleBefore} is a
     * replica's that stopped before the report was deleted from the mailbox), 0 for one that finds it taken
     */
    @Query("INSERT INTO bounce_read (bounce_id, read_at) VALUES (:bounceId, :readAt) ON CONFLICT (council, bounce_id) "
            + "DO UPDATE SET read_at = EXCLUDED.read_at WHERE bounce_read.read_at < :staleBefore")
    int claim(String bounceId, Instant readAt, Instant staleBefore);
}
