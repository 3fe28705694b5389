package uk.councilprotocol.console.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.training.v1.Course;
import uk.councilprotocol.contracts.training.v1.CourseCompliance;
import uk.councilprotocol.contracts.training.v1.GetPersonComplianceRequest;
import uk.councilprotocol.contracts.training.v1.ListComplianceRequest;
import uk.councilprotocol.contracts.training.v1.ListCoursesRequest;
import uk.councilprotocol.contracts.training.v1.PersonCompliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** HR's matrix of people × mandatory courses (done / due / overdue / not required), a person's page, and the CSV export. */
@Controller("/compliance")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MatrixController {
    static final String NOT_REQUIRED = "Not required";

    private final Backends backends;
    private final Pages pages;

    public MatrixController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    /** One row of the matrix: the person and, per course in column order, their state. */
    public record Row(String personId, String name, String department, List<String> states) {
    }

    @Get("/people")
    public HttpResponse<String> matrix(HttpRequest<?> request, @Nullable @QueryValue String department) {
        Session session = Sessions.of(request);
        List<Course> courses = courses(session);
        return pages.ok(request, "matrix", Page.model(session, "People and courses", "compliance", "courses", courses,
                "rows", rows(session, department, courses), "department", department == null ? "" : department));
    }

    @Get("/people/{personId}")
    public HttpResponse<String> person(HttpRequest<?> request, String personId) {
        Session session = Sessions.of(request);
        PersonCompliance person = backends.compliance(session).getPersonCompliance(
                GetPersonComplianceRequest.newBuilder().setPersonId(personId).build());
        return pages.ok(request, "person", Page.model(session, person.getPerson().getFullName(), "compliance", "person", person));
    }

    /** The matrix as CSV, for a spreadsheet. */
    @Get("/export.csv")
    public HttpResponse<byte[]> export(HttpRequest<?> request, @Nullable @QueryValue String department) {
        return HttpResponse.ok(MatrixExport.csv(table(Sessions.of(request), department))).contentType(new MediaType(MatrixExport.CSV))
                .header("Content-Disposition", "attachment; filename=\"training-compliance.csv\"");
    }

    /** The matrix as an Excel workbook. */
    @Get("/export.xlsx")
    public HttpResponse<byte[]> exportExcel(HttpRequest<?> request, @Nullable @QueryValue String department) {
        return HttpResponse.ok(MatrixExport.xlsx("Training compliance", table(Sessions.of(request), department)))
                .contentType(MatrixExport.XLSX).header("Content-Disposition", "attachment; filename=\"training-compliance.xlsx\"");
    }

    /** The matrix as a table for export: a header, then a line per person. */
    private List<List<String>> table(Session session, String department) {
        List<Course> courses = courses(session);
        List<List<String>> table = new ArrayList<>();
        table.add(header(courses));
        for (Row row : rows(session, department, courses)) {
            List<String> cells = new ArrayList<>(List.of(row.personId(), row.name(), row.department()));
            cells.addAll(row.states());
            table.add(cells);
        }
        return table;
    }

    private List<Course> courses(Session session) {
        return backends.courses(session).listCourses(ListCoursesRequest.getDefaultInstance()).getCoursesList();
    }

    private List<Row> rows(Session session, String department, List<Course> courses) {
        List<PersonCompliance> people = backends.compliance(session).listCompliance(ListComplianceRequest.newBuilder()
                .setDepartment(department == null ? "" : department).build()).getPeopleList();
        List<Row> rows = new ArrayList<>();
        for (PersonCompliance p : people) {
            Map<String, CourseCompliance> byCourse = p.getCoursesList().stream()
                    .collect(Collectors.toMap(CourseCompliance::getCourseCode, c -> c, (a, b) -> a));
            List<String> states = courses.stream().map(c -> byCourse.containsKey(c.getCode())
                    ? label(byCourse.get(c.getCode()).getState().name()) : NOT_REQUIRED).toList();
            rows.add(new Row(p.getPerson().getId(), p.getPerson().getFullName(), p.getPerson().getDepartment(), states));
        }
        return rows;
    }

    private static List<String> header(List<Course> courses) {
        List<String> header = new ArrayList<>(List.of("id", "name", "department"));
        courses.forEach(c -> header.add(c.getTitle()));
        return header;
    }

    static String label(String state) {
        return state.charAt(0) + state.substring(1).toLowerCase().replace('_', ' ');
    }
}
