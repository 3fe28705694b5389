package uk.councilprotocol.training.compliance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import uk.councilprotocol.training.roster.Person;

import java.util.Collection;
import java.util.List;

/**
 * The active people the matrix lists, filtered and paged in the database so a page costs the same at 50 people or
 * 50,000. {@code departments} are the caller's department codes (as {@code Caller.departmentCode} makes them),
 * ignored when {@code everyone}; {@code pattern} is an ILIKE pattern, {@code %} for all.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MatrixPeopleRepository extends GenericRepository<Person, String> {

    String MATCHING = """
            FROM person
            WHERE active
              AND (:everyone OR trim(both '-' from regexp_replace(lower(trim(coalesce(department, ''))), '[^a-z0-9]+', '-', 'g'))
                   IN (:departments))
              AND (:department = '' OR lower(department) = lower(:department))
              AND (:pattern = '%' OR full_name ILIKE :pattern OR id ILIKE :pattern OR email ILIKE :pattern)
            """;

    @Query("SELECT * " + MATCHING + " ORDER BY full_name, id LIMIT :limit OFFSET :offset")
    List<Person> page(boolean everyone, Collection<String> departments, String department, String pattern, int limit, int offset);

    @Query("SELECT count(*) " + MATCHING)
    int count(boolean everyone, Collection<String> departments, String department, String pattern);
}
