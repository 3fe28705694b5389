package uk.councilprotocol.training.compliance;

import uk.councilprotocol.platform.paging.Paged;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.errors.NotFoundException;
import uk.councilprotocol.platform.paging.PageRequest;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.security.Roles;
import uk.councilprotocol.training.roster.PersonAccess;
import uk.councilprotocol.training.courses.Course;
import uk.councilprotocol.training.courses.CourseCatalogue;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;

/** Who has done what: per person, per group (department, political group, kind, role), and who is overdue. */
@Singleton
public class ComplianceQuery {
    static final String NONE = "(none)";

    private final ComplianceRepository rows;
    private final PersonRepository people;
    private final CourseCatalogue catalogue;
    private final Clock clock;
    private final ComplianceCounts counts;

    public ComplianceQuery(ComplianceRepository rows, PersonRepository people, CourseCatalogue catalogue, Clock clock,
                           ComplianceCounts counts) {
        this.counts = counts;
        this.rows = rows;
        this.people = people;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public enum Dimension { DEPARTMENT, POLITICAL_GROUP, KIND, ROLE }

    @Serdeable
    public record CourseStatus(String courseCode, String courseTitle, ComplianceState state, LocalDate dueDate,
                               @Nullable LocalDate completedOn, @Nullable LocalDate expiresOn, UUID assignmentId) {
        static CourseStatus of(ComplianceRow row, Map<String, Course> courses, LocalDate today) {
            return new CourseStatus(row.courseCode(), courses.get(row.courseCode()).title(), row.stateOn(today),
                    row.dueDate(), row.completedOn(), row.expiresOn(), row.assignmentId());
        }
    }

    @Serdeable
    public record PersonCompliance(Person person, List<CourseStatus> courses) {
    }

    @Serdeable
    public record Group(String group, int people, int required, int done, int due, int overdue, double percentComplete) {
        static Group of(String group, int people, int done, int due, int overdue) {
            int required = done + due + overdue;
            double percent = required == 0 ? 100.0 : Math.round(1000.0 * done / required) / 10.0;
            return new Group(group, people, required, done, due, overdue, percent);
        }
    }

    @Serdeable
    public record Summary(Dimension groupBy, @Nullable String courseCode, LocalDate asOf, List<Group> groups) {
    }

    @Serdeable
    public record OverdueItem(Person person, String courseCode, String courseTitle, LocalDate dueDate, long daysOverdue,
                              @Nullable String lineManagerName, @Nullable String lineManagerEmail) {
    }

    public PersonCompliance ofPerson(String personId, Caller caller) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        PersonAccess.requireRead(caller, person);
        LocalDate today = LocalDate.now(clock);
        Map<String, Course> courses = catalogue.byCode();
        List<CourseStatus> statuses = rows.rowsOf(personId).stream().map(r -> CourseStatus.of(r, courses, today)).toList();
        return new PersonCompliance(person, statuses);
    }

    public Summary summary(Dimension dimension, @Nullable String courseCode, Caller caller) {
        caller.require(Roles.HR, Roles.ADMIN, Roles.STANDARDS, Roles.SERVICE);
        LocalDate today = LocalDate.now(clock);
        List<Group> result = List.copyOf(counts.by(dimension, courseCode, today).values());
        return new Summary(dimension, courseCode, today, result);
    }

    /** Several summaries at once, in the order asked, from one reading of the council's requirements. */
    public List<Summary> summaries(List<Dimension> dimensions, @Nullable String courseCode, Caller caller) {
        caller.require(Roles.HR, Roles.ADMIN, Roles.STANDARDS, Roles.SERVICE);
        LocalDate today = LocalDate.now(clock);
        Map<Dimension, Map<String, Group>> counted = counts.byEach(dimensions, courseCode, today);
        return dimensions.stream().map(d -> new Summary(d, courseCode, today, List.copyOf(counted.get(d).values()))).toList();
    }

    public static final int OVERDUE_DEFAULT_PAGE = 50;
    public static final int OVERDUE_LARGEST_PAGE = 500;

    /** A page of {@link #overdue}: what a page shows does not grow with the council. */
    public Paged<OverdueItem> overdue(@Nullable String department, @Nullable String courseCode, PageRequest page, Caller caller) {
        if (!PersonAccess.seesEveryone(caller)) {
            return page.slice(overdue(department, courseCode, caller));   // a department's own people: few enough
        }
        LocalDate today = LocalDate.now(clock);
        ComplianceCounts.OverduePage found = counts.overdue(department, courseCode, today, page.offset(), page.size());
        Set<String> ids = new HashSet<>();
        found.rows().forEach(row -> ids.add(row.personId()));
        Map<String, Person> byId = new HashMap<>();
        people.findByIdIn(ids).forEach(person -> byId.put(person.id(), person));
        Set<String> managers = new HashSet<>();
        byId.values().stream().map(Person::lineManagerId).filter(java.util.Objects::nonNull).forEach(managers::add);
        people.findByIdIn(managers).forEach(manager -> byId.putIfAbsent(manager.id(), manager));
        Map<String, Course> courses = catalogue.byCode();
        List<OverdueItem> items = found.rows().stream().map(row -> overdueItem(byId.get(row.personId()), row.courseCode(),
                courses, row.since(), today, byId)).toList();
        return page.answer(items, found.total());
    }

    private static OverdueItem overdueItem(Person person, String courseCode, Map<String, Course> courses, LocalDate since,
                                           LocalDate today, Map<String, Person> byId) {
        Person manager = person.lineManagerId() == null ? null : byId.get(person.lineManagerId());
        return new OverdueItem(person, courseCode, courses.get(courseCode).title(), since, ChronoUnit.DAYS.between(since, today),
                manager == null ? null : manager.fullName(), manager == null ? null : manager.email());
    }

    /** HR and the Monitoring Officer see everyone overdue; a department sees its own people. */
    public List<OverdueItem> overdue(@Nullable String department, @Nullable String courseCode, Caller caller) {
        if (!PersonAccess.seesEveryone(caller) && caller.departments().isEmpty()) {
            throw new ForbiddenException("the overdue list needs the hr, standards or a department role");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Person> byId = activePeople();
        Map<String, Course> courses = catalogue.byCode();
        List<OverdueItem> items = new ArrayList<>();
        for (ComplianceRow row : rows.allRows()) {
            Person person = byId.get(row.personId());
            if (row.stateOn(today) != ComplianceState.OVERDUE
                    || !(PersonAccess.seesEveryone(caller) || caller.actsFor(person.department()))
                    || (department != null && !department.equalsIgnoreCase(person.department()))
                    || (courseCode != null && !courseCode.equals(row.courseCode()))) {
                continue;
            }
            LocalDate due = row.expiresOn() != null && row.expiresOn().isBefore(row.dueDate()) ? row.expiresOn() : row.dueDate();
            items.add(overdueItem(person, row.courseCode(), courses, due, today, byId));
        }
        items.sort(Comparator.comparingLong(OverdueItem::daysOverdue).reversed()
                .thenComparing(i -> i.person().fullName()));
        return items;
    }

    private Map<String, Person> activePeople() {
        return people.findByActiveTrueOrderByFullName().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }
}
