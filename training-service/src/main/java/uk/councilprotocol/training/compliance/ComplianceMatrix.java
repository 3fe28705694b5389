package uk.councilprotocol.training.compliance;

import uk.councilprotocol.platform.paging.Paged;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.councilprotocol.platform.paging.PageRequest;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.training.courses.Course;
import uk.councilprotocol.training.courses.CourseCatalogue;
import uk.councilprotocol.training.roster.Person;
import uk.councilprotocol.training.roster.PersonAccess;
import uk.councilprotocol.training.roster.PersonKind;
import uk.councilprotocol.training.roster.PersonRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The people × courses matrix a page at a time: the people the caller may see (HR and standards everyone, a
 * department its own), filtered, searched, counted and paged in the database, then only that page's courses read.
 */
@Singleton
public class ComplianceMatrix {
    public static final int DEFAULT_PAGE = 100;
    public static final int LARGEST_PAGE = 500;

    private final MatrixPeopleRepository people;
    private final PersonRepository roster;
    private final ComplianceRepository rows;
    private final CourseCatalogue catalogue;
    private final Clock clock;

    public ComplianceMatrix(MatrixPeopleRepository people, PersonRepository roster, ComplianceRepository rows,
                            CourseCatalogue catalogue, Clock clock) {
        this.people = people;
        this.roster = roster;
        this.rows = rows;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Whose rows: a department by name, and text in the name, roster id or email; either may be absent. */
    public record Filter(@Nullable String department, @Nullable String text) {
    }

    public Paged<ComplianceQuery.PersonCompliance> page(Filter filter, PageRequest page, Caller caller) {
        boolean everyone = PersonAccess.seesEveryone(caller);
        if (!everyone && caller.departments().isEmpty()) {
            throw new ForbiddenException("the compliance matrix needs the hr, standards or a department role");
        }
        // IN () is not SQL: when the caller sees everyone the list is ignored, but must still hold something.
        List<String> departments = everyone ? List.of("") : List.copyOf(caller.departments());
        String department = filter.department() == null ? "" : filter.department().strip();
        String pattern = PageRequest.containing(filter.text());
        int total = people.count(everyone, departments, department, pattern);
        List<Person> found = people.page(everyone, departments, department, pattern, page.size(), page.offset());
        return page.answer(withCourses(found), total);
    }

    /**
     * The caller's team and each member's courses: their line reports and, for a group leader, the group's other
     * councillors (reports first, each part by name). Nobody's team but the caller's own; empty for someone with none,
     * or not on the roster.
     */
    public List<ComplianceQuery.PersonCompliance> team(Caller caller) {
        Person me = roster.findById(caller.personId()).orElse(null);
        if (me == null) {
            return List.of();
        }
        Map<String, Person> team = new LinkedHashMap<>();
        roster.findByLineManagerIdAndActiveTrueOrderByFullName(me.id()).forEach(p -> team.put(p.id(), p));
        if (me.hasRole(Person.GROUP_LEADER) && me.politicalGroup() != null) {
            roster.findByPoliticalGroupAndActiveTrueOrderByFullName(me.politicalGroup()).stream()
                    .filter(p -> p.kind() == PersonKind.COUNCILLOR && !p.id().equals(me.id()))
                    .forEach(p -> team.putIfAbsent(p.id(), p));
        }
        return withCourses(List.copyOf(team.values()));
    }

    private List<ComplianceQuery.PersonCompliance> withCourses(List<Person> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Course> courses = catalogue.byCode();
        Map<String, List<ComplianceQuery.CourseStatus>> byPerson = new HashMap<>();
        for (ComplianceRow r : rows.rowsOfEach(found.stream().map(Person::id).toList())) {
            byPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(ComplianceQuery.CourseStatus.of(r, courses, today));
        }
        return found.stream().map(p -> new ComplianceQuery.PersonCompliance(p, byPerson.getOrDefault(p.id(), List.of()))).toList();
    }
}
