package uk.councilprotocol.notifications.contacts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ContactRepository extends CrudRepository<Contact, String> {

    List<Contact> findByActiveTrueAndPoliticalGroup(String politicalGroup);

    List<Contact> findByEmail(String email);

    /** Everyone serving of a kind ("COUNCILLOR"): a skills audit asks every councillor. */
    List<Contact> findByActiveTrueAndKind(String kind);

    /** Everyone active whose roster roles include {@code role} ("hr": Organisational Development). */
    @Query("SELECT person_id, full_name, email, kind, department, line_manager_id, job_title, political_group, roles, active, "
            + "updated_at FROM contact WHERE active AND :role = ANY(roles) ORDER BY person_id")
    List<Contact> findActiveWithRole(String role);
}
