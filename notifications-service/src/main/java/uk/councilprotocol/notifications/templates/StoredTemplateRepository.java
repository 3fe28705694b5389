package uk.councilprotocol.notifications.templates;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StoredTemplateRepository extends CrudRepository<StoredTemplate, UUID> {

    List<StoredTemplate> findByKindOrderByVersionDesc(String kind);

    /** The council's newest version of each kind (row-level security shows only its rows). */
    @Query("SELECT DISTINCT ON (kind) id, kind, version, subject, body, saved_at, saved_by FROM notice_template ORDER BY kind, version DESC")
    List<StoredTemplate> findNewestOfEachKind();
}
