package uk.councilprotocol.console.compliance;

import io.grpc.StatusRuntimeException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.training.v1.ImportRosterReport;
import uk.councilprotocol.contracts.training.v1.ImportRosterRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HR uploads the roster CSV: all or nothing, and a refused file comes back with every bad row and column listed. */
@Controller("/compliance/roster")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RosterImportController {
    private static final Pattern ROW = Pattern.compile("^row (\\d+)\\.(.+)$");

    private final Backends backends;
    private final Pages pages;

    public RosterImportController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    /** One problem in the file: its line (0 for the file as a whole), the column and what is wrong. */
    public record Problem(int line, String column, String message) {
    }

    @Get
    public HttpResponse<String> form(HttpRequest<?> request) {
        return page(request, Sessions.of(request), HttpStatus.OK, null, List.of());
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<String> upload(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file,
                                       @Nullable @Part("csrf") String csrf) throws IOException {
        Session session = Sessions.of(request);
        Csrf.check(session, Map.of(Csrf.FIELD, csrf == null ? "" : csrf));
        String csv = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        try {
            ImportRosterReport report = backends.roster(session).importRoster(ImportRosterRequest.newBuilder().setCsv(csv).build());
            return page(request, session, HttpStatus.OK, report, List.of());
        } catch (StatusRuntimeException e) {
            List<Problem> problems = FormErrors.of(e).stream().map(RosterImportController::problem).toList();
            return page(request, session, HttpStatus.BAD_REQUEST, null, problems);
        }
    }

    private HttpResponse<String> page(HttpRequest<?> request, Session session, HttpStatus status, ImportRosterReport report,
                                      List<Problem> problems) {
        return pages.render(status, request, "roster-import", Page.model(session, "Import the roster", "compliance",
                "report", report, "problems", problems));
    }

    static Problem problem(FormErrors.FieldError error) {
        Matcher row = ROW.matcher(error.field());
        return row.matches() ? new Problem(Integer.parseInt(row.group(1)), row.group(2), error.message())
                : new Problem(0, error.field(), error.message());
    }
}
