package uk.councilprotocol.notifications.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SentMailRepository extends CrudRepository<SentMail, UUID> {

    /** A page of the log, newest first, of the emails whose recipient or subject matches the ILIKE pattern. */
    @Query("SELECT * FROM sent_mail WHERE recipient ILIKE :pattern OR subject ILIKE :pattern "
            + "ORDER BY at DESC, id LIMIT :size OFFSET :offset")
    List<SentMail> findPage(String pattern, int size, int offset);

    @Query("SELECT count(*) FROM sent_mail WHERE recipient ILIKE :pattern OR subject ILIKE :pattern")
    int countMatching(String pattern);

    /** Every attempt at one email, and what became of it, oldest first. */
    List<SentMail> findByMessageIdOrderByAt(String messageId);
}
