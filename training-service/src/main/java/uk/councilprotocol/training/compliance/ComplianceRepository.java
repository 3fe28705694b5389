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

    /** Each active person's requirement per course: the open assignment if any, else the latest finished one. */
    String REQUIREMENTS = """
            SELECT a.person_id, a.course_code, a.due_date, a.status, c.completed_on, c.expires_on, a.id AS assignment_id
            FROM (SELECT DISTINCT ON (person_id, course_code) id, person_id, course_code, due_date, status
                  FROM assignment
                  WHERE status <> 'CANCELLED'
                  ORDER BY person_id, course_code, (status = 'OPEN') DESC, due_date DESC) a
            JOIN person p ON p.id = a.person_id AND p.active
            """;

    /** With each requirement's latest completion, looked up by index: for a few people. */
    String ROWS = REQUIREMENTS + """
            LEFT JOIN LATERAL (SELECT completed_on, expires_on FROM completion c
                               WHERE c.person_id = a.person_id AND c.course_code = a.course_code AND NOT c.withdrawn
                               ORDER BY completed_on DESC LIMIT 1) c ON true
            """;

    /**
     * The same for the whole council: every latest completion at once, joined by hash, where a lookup per requirement
     * took twice as long at 22,000 requirements and 60,000 completions (bench/console.sh).
     */
    String EVERYONE = REQUIREMENTS + """
            LEFT JOIN (SELECT DISTINCT ON (person_id, course_code) person_id, course_code, completed_on, expires_on
                       FROM completion WHERE NOT withdrawn ORDER BY person_id, course_code, completed_on DESC) c
                   ON c.person_id = a.person_id AND c.course_code = a.course_code
            """;

    @Query(EVERYONE)
    List<ComplianceRow> allRows();

    @Query(ROWS + " WHERE a.person_id = :personId ORDER BY a.course_code")
    List<ComplianceRow> rowsOf(String personId);

    @Query(ROWS + " WHERE a.person_id IN (:personIds) ORDER BY a.person_id, a.course_code")
    List<ComplianceRow> rowsOfEach(Collection<String> personIds);
}
