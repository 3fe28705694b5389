package uk.councilprotocol.training.roster;

import com.google.common.collect.Lists;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.councilprotocol.contracts.training.v1.PersonChanged;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.platform.errors.FieldViolation;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.outbox.Outbox;
import uk.councilprotocol.platform.tenancy.CouncilStatistics;
import uk.councilprotocol.platform.rows.RowsInsert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a roster CSV: every row is checked first, and only a file with no problems is applied, in one
 * transaction. People are matched on their id (added or updated; people missing from the file are left
 * as they are), and each added or changed person gets the assignments the rules now require.
 */
@Singleton
public class RosterImport {
    /** People written at a time: large enough for a few statements a run, small enough to be let go young. */
    private static final int RUN = 1_000;
    /** A run of a thousand people: one statement (see {@link RowsInsert}). */
    private static final RowsInsert<Person> ROWS = RowsInsert.into("person", Person.class)
            .column("id", "text", Person::id)
            .column("full_name", "text", Person::fullName)
            .column("email", "text", Person::email)
            .column("kind", "text", Person::kind)
            .column("roles", "text[]", Person::roles)
            .column("department", "text", Person::department)
            .column("political_group", "text", Person::politicalGroup)
            .column("ward", "text", Person::ward)
            .column("job_title", "text", Person::jobTitle)
            .column("line_manager_id", "text", Person::lineManagerId)
            .column("start_date", "date", Person::startDate)
            .column("active", "boolean", Person::active)
            .column("created_at", "timestamptz", Person::createdAt)
            .column("updated_at", "timestamptz", Person::updatedAt);

    private final PersonRepository people;
    private final JdbcOperations jdbc;
    private final Replanning replanning;
    private final Outbox outbox;
    private final Clock clock;
    private final CouncilStatistics statistics;

    public RosterImport(PersonRepository people, JdbcOperations jdbc, Replanning replanning, Outbox outbox, Clock clock,
                        CouncilStatistics statistics) {
        this.statistics = statistics;
        this.people = people;
        this.jdbc = jdbc;
        this.replanning = replanning;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Serdeable
    public record Report(int rows, int created, int updated, int unchanged, int assignmentsCreated,
                         int assignmentsCancelled) {
        Report plus(Report run) {
            return new Report(rows + run.rows, created + run.created, updated + run.updated, unchanged + run.unchanged,
                    assignmentsCreated + run.assignmentsCreated, assignmentsCancelled + run.assignmentsCancelled);
        }
    }

    @Transactional
    public Report importCsv(String csv) {
        List<RosterRow> rows = RosterCsv.parse(csv);
        checkLineManagers(rows);
        // Read once for the whole file: asked a run at a time, after the earlier runs' inserts, PostgreSQL took
        // 120 ms for each thousand ids.
        Map<String, Person> existing = people.findByIdIn(rows.stream().map(RosterRow::id).toList()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Instant now = clock.instant();
        Report report = new Report(0, 0, 0, 0, 0, 0);
        // A run of people at a time, all in this one transaction: what a large file makes (people, events,
        // assignments) is let go run by run instead of held for the whole file, which had grown the heap for good.
        for (List<RosterRow> run : Lists.partition(rows, RUN)) {
            report = report.plus(apply(run, existing, now));
        }
        // a council's first roster: the planner is told of its people before anyone looks one up
        statistics.keepCurrent(jdbc.getConnection(), "person", report.created());
        statistics.keepCurrent(jdbc.getConnection(), "assignment", report.assignmentsCreated());
        return report;
    }

    private Report apply(List<RosterRow> rows, Map<String, Person> existing, Instant now) {
        List<Person> toInsert = new ArrayList<>();
        List<Person> toUpdate = new ArrayList<>();
        for (RosterRow row : rows) {
            Person before = existing.get(row.id());
            Person after = toPerson(row, before == null ? now : before.createdAt(), now);
            if (before == null) {
                toInsert.add(after);
            } else if (!before.sameDetailsAs(after)) {
                toUpdate.add(after);
            }
        }
        ROWS.insert(jdbc.getConnection(), toInsert);
        people.updateAll(toUpdate);

        List<Outbox.Event> personEvents = new ArrayList<>();
        toInsert.forEach(p -> personEvents.add(new Outbox.Event(p.id(), PersonRegistered.newBuilder().setPerson(p.toProto()).build())));
        toUpdate.forEach(p -> personEvents.add(new Outbox.Event(p.id(), PersonChanged.newBuilder().setPerson(p.toProto()).build())));
        // A person's registration is queued before their assignments, so consumers meet them in that order.
        outbox.appendAll("person", personEvents);
        List<Person> changed = new ArrayList<>(toInsert);
        changed.addAll(toUpdate);
        Replanning.Counts changes = replanning.replan(changed);
        return new Report(rows.size(), toInsert.size(), toUpdate.size(), rows.size() - toInsert.size() - toUpdate.size(),
                changes.created(), changes.cancelled());
    }

    /** A line manager must be in the file or already on the roster. */
    private void checkLineManagers(List<RosterRow> rows) {
        Set<String> inFile = rows.stream().map(RosterRow::id).collect(Collectors.toSet());
        List<String> elsewhere = rows.stream().map(RosterRow::lineManagerId)
                .filter(id -> id != null && !inFile.contains(id)).distinct().toList();
        Set<String> onRoster = people.findByIdIn(elsewhere).stream().map(Person::id).collect(Collectors.toSet());
        List<FieldViolation> violations = rows.stream()
                .filter(r -> r.lineManagerId() != null && !inFile.contains(r.lineManagerId())
                        && !onRoster.contains(r.lineManagerId()))
                .map(r -> new FieldViolation("line_manager_id",
                        "'" + r.lineManagerId() + "' is neither in this file nor on the roster", r.line()))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static Person toPerson(RosterRow row, Instant createdAt, Instant now) {
        return new Person(row.id(), row.fullName(), row.email(), row.kind(), row.roles().toArray(String[]::new),
                row.department(), row.politicalGroup(), row.ward(), row.jobTitle(), row.lineManagerId(), row.startDate(), row.active(),
                createdAt, now);
    }
}
