package uk.councilprotocol.enquiries.councillors;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OfficerRepository extends CrudRepository<Officer, String> {

    @Query("SELECT * FROM officer WHERE chief_officer AND active AND lower(department) = lower(:department) ORDER BY person_id")
    List<Officer> chiefOfficersOf(String department);

    List<Officer> findByActiveTrueOrderByFullName();

    /** Each department with an active Chief Officer on the roster, in lower case. */
    @Query("SELECT DISTINCT lower(department) FROM officer WHERE chief_officer AND active AND department IS NOT NULL")
    List<String> departmentsWithChiefOfficer();
}
