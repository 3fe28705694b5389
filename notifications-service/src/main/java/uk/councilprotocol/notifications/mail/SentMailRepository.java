package uk.councilprotocol.notifications.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SentMailRepository extends CrudRepository<SentMail, UUID> {

    @Query("SELECT * FROM sent_mail ORDER BY at DESC LIMIT :limit")
    List<SentMail> latest(int limit);
}
