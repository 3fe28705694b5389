package uk.councilprotocol.console.compliance;

import uk.councilprotocol.platform.tables.TableFiles;
import uk.councilprotocol.platform.tables.TemporaryDownload;
import java.io.IOException;
import io.micronaut.http.server.types.files.StreamedFile;
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
import uk.councilprotocol.console.Pagination;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.training.v1.Course;
import uk.councilprotocol.contracts.training.v1.CourseCompliance;
import uk.councilprotocol.contracts.training.v1.GetPersonComplianceRequest;
import uk.councilprotocol.contracts.training.v1.ListCompletionCorrectionsRequest;
import uk.councilprotocol.contracts.training.v1.ListPersonCompletionsRequest;
import uk.councilprotocol.contracts.training.v1.ListComplianceRequest;
import uk.councilprotocol.contracts.training.v1.ListComplianceResponse;
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
    /** People per page: a page stays small at any council's size. */
    static final int PAGE_SIZE = 50;
    static final int EXPORT_PAGE_SIZE = 500;

    private final Backends backends;
    private final Pages pages;

    public MatrixController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    /** One row of the matrix: the person and, per course in column order, their state. */
    public record Row(String personId, String name, String department, List<String> states) {
    }

    /** A page of the matrix: the people matching the search (name, roster id or email) and department, in name order. */
    @Get("/people")
    public HttpResponse<String> matrix(HttpRequest<?> request, @Nullable @QueryValue String department,
                                       @Nullable @QueryValue String q, @Nullable @QueryValue Integer page) {
        Session session = Sessions.of(request);
        List<Course> courses = courses(session);
        int number = Pagination.requested(page);
        ListComplianceResponse found = backends.compliance(session).listCompliance(filter(department, q)
                .setPageSize(PAGE_SIZE).setSkip(Pagination.skip(number, PAGE_SIZE)).build());
        Pagination pagination = Pagination.of(number, PAGE_SIZE, found.getTotalSize(), found.getPeopleCount(),
                "/compliance/people", Map.of("department", Pagination.filterValue(department), "q", Pagination.filterValue(q)));
        return pages.ok(request, "matrix", Page.model(session, "People and courses", "compliance", "courses", courses,
                "rows", rows(found.getPeopleList(), courses), "department", Pagination.filterValue(department), "q", Pagination.filterValue(q),
                "pagination", pagination));
    }

    @Get("/people/{personId}")
    public HttpResponse<String> person(HttpRequest<?> request, String personId, @Nullable @QueryValue String saved) {
        Session session = Sessions.of(request);
        PersonCompliance person = backends.compliance(session).getPersonCompliance(
                GetPersonComplianceRequest.newBuilder().setPersonId(personId).build());
        var completions = backends.completions(session).listPersonCompletions(ListPersonCompletionsRequest.newBuilder()
                .setPersonId(personId).build()).getCompletionsList();
        var corrections = backends.completions(session).listCompletionCorrections(ListCompletionCorrectionsRequest.newBuilder()
                .setPersonId(personId).build()).getCorrectionsList();
        Map<String, String> titles = courses(session).stream().collect(Collectors.toMap(Course::getCode, Course::getTitle));
        return pages.ok(request, "person", Page.model(session, person.getPerson().getFullName(), "compliance", "person", person,
                "completions", completions, "corrections", corrections, "titles", titles, "corrects", session.managesTraining(),
                "saved", saved == null ? "" : saved));
    }

    /** The matrix as CSV, for a spreadsheet: written as the service's pages arrive, never held whole. */
    @Get("/export.csv")
    public HttpResponse<StreamedFile> export(HttpRequest<?> request, @Nullable @QueryValue String department,
                                             @Nullable @QueryValue String q) throws IOException {
        TableFiles.Rows rows = table(Sessions.of(request), department, q);
        return TemporaryDownload.of("training-compliance.csv", MediaType.of(TableFiles.CSV), out -> TableFiles.csv(rows, out));
    }

    /** The matrix as an Excel workbook, written the same way. */
    @Get("/export.xlsx")
    public HttpResponse<StreamedFile> exportExcel(HttpRequest<?> request, @Nullable @QueryValue String department,
                                                  @Nullable @QueryValue String q) throws IOException {
        TableFiles.Rows rows = table(Sessions.of(request), department, q);
        return TemporaryDownload.of("training-compliance.xlsx", MediaType.of(TableFiles.XLSX),
                out -> TableFiles.xlsx("Training compliance", rows, out));
    }

    /** The matrix for export: a header, then a line per person, read from the service a page at a time. */
    private TableFiles.Rows table(Session session, String department, String q) {
        return each -> {
            List<Course> courses = courses(session);
            each.accept(header(courses));
            String token = "";
            do {
                ListComplianceResponse found = backends.compliance(session).listCompliance(filter(department, q)
                        .setPageSize(EXPORT_PAGE_SIZE).setPageToken(token).build());
                for (Row row : rows(found.getPeopleList(), courses)) {
                    List<String> cells = new ArrayList<>(List.of(row.personId(), row.name(), row.department()));
                    cells.addAll(row.states());
                    each.accept(cells);
                }
                token = found.getNextPageToken();
            } while (!token.isEmpty());
        };
    }

    private static ListComplianceRequest.Builder filter(String department, String q) {
        return ListComplianceRequest.newBuilder().setDepartment(Pagination.filterValue(department)).setQuery(Pagination.filterValue(q));
    }


    private List<Course> courses(Session session) {
        return backends.courses(session).listCourses(ListCoursesRequest.getDefaultInstance()).getCoursesList();
    }

    private static List<Row> rows(List<PersonCompliance> people, List<Course> courses) {
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
