package uk.councilprotocol.enquiries.councillors;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.events.Runs;
import uk.councilprotocol.platform.rows.RowsInsert;
import uk.councilprotocol.platform.tenancy.CouncilStatistics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The roster as enquiries keeps it, written a run of events at a time: a roster import sends thousands in a row, and
 * each person had cost an existence check and an insert or update. A person named twice in a run keeps their last
 * details.
 */
@Singleton
public class RosterCopy {
    private static final RowsInsert<Officer> OFFICERS = RowsInsert.into("officer", Officer.class)
            .column("person_id", "text", Officer::personId)
            .column("full_name", "text", Officer::fullName)
            .column("department", "text", Officer::department)
            .column("chief_officer", "boolean", Officer::chiefOfficer)
            .column("active", "boolean", Officer::active)
            .column("updated_at", "timestamptz", Officer::updatedAt);
    private static final RowsInsert<Councillor> COUNCILLORS = RowsInsert.into("councillor", Councillor.class)
            .column("person_id", "text", Councillor::personId)
            .column("full_name", "text", Councillor::fullName)
            .column("email", "text", Councillor::email)
            .column("kind", "text", Councillor::kind)
            .column("political_group", "text", Councillor::politicalGroup)
            .column("active", "boolean", Councillor::active)
            .column("updated_at", "timestamptz", Councillor::updatedAt)
            .column("roles", "text[]", Councillor::roles);

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final CouncilStatistics statistics;

    public RosterCopy(JdbcOperations jdbc, Clock clock, CouncilStatistics statistics) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.statistics = statistics;
    }

    /** Officers with their department and whether they are a Chief Officer (9.1.9); councillors and co-opted members. */
    public void rememberAll(List<Person> run) {
        Instant now = clock.instant();
        List<Officer> officers = new ArrayList<>();
        List<Councillor> councillors = new ArrayList<>();
        for (Person person : Runs.lastOfEach(run, Person::getId)) {
            if (person.getKind() == PersonKind.OFFICER) {
                officers.add(new Officer(person.getId(), person.getFullName(), Validation.optional(person.getDepartment()),
                        person.getRolesList().contains("chief-officer"), person.getActive(), now));
            } else {
                councillors.add(new Councillor(person.getId(), person.getFullName(), person.getEmail(),
                        person.getKind().name(), Validation.optional(person.getPoliticalGroup()),
                        person.getActive(), now, person.getRolesList().toArray(String[]::new)));
            }
        }
        OFFICERS.upsert(jdbc.getConnection(), officers, "council", "person_id");
        COUNCILLORS.upsert(jdbc.getConnection(), councillors, "council", "person_id");
        statistics.keepCurrent(jdbc.getConnection(), "officer", officers.size());
        statistics.keepCurrent(jdbc.getConnection(), "councillor", councillors.size());
    }
}
