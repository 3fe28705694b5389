package uk.councilprotocol.training.compliance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import uk.councilprotocol.training.assignments.Assignment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ComplianceRepository extends GenericRepository<Assignment, UUID> {

    String ROWS = """
            SELECT a.person_id, a.course_code, a.due_date, a.status, c.completed_on, c.expires_on, a.id AS assignment_id
            FROM (SELECT DISTINCT ON (person_id, course_code) id, person_id, course_code, due_date, status
                  FROM assignment
                  WHERE status <> 'CANCELLED'
                  ORDER BY person_id, course_code, (status = 'OPEN') DESC, due_date DESC) a
            JOIN person p ON p.id = a.person_id AND p.active
            LEFT JOIN LATERAL (SELECT completed_on, expires_on FROM completion c
                               WHERE c.person_id = a.person_id AND c.course_code = a.course_code AND NOT c.withdrawn
                               ORDER BY completed_on DESC LIMIT 1) c ON true
            """;

    @Query(ROWS)
    List<ComplianceRow> allRows();

    @Query(ROWS + " WHERE a.person_id = :personId ORDER BY a.course_code")
    List<ComplianceRow> rowsOf(String personId);

    @Query(ROWS + " WHERE a.person_id IN (:personIds) ORDER BY a.person_id, a.course_code")
    List<ComplianceRow> rowsOfEach(Collection<String> personIds);
}
