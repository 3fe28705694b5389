package uk.councilprotocol.console.compliance;

import io.grpc.StatusRuntimeException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.training.v1.ExportCompletionsRequest;
import uk.councilprotocol.contracts.training.v1.FileChunk;
import uk.councilprotocol.contracts.training.v1.ListCoursesRequest;
import uk.councilprotocol.platform.tables.TemporaryDownload;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Completions to download, filtered by when, course and department: training-service writes the file (CSV or Excel)
 * and checks who may have it; the console passes it on as it arrives. A wrong filter comes back to the form, named.
 */
@Controller("/compliance/completions")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CompletionsDownloadController {
    private final Backends backends;
    private final Pages pages;

    public CompletionsDownloadController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> form(HttpRequest<?> request) {
        Session session = Sessions.of(request);
        return pages.ok(request, "completions-export", model(session, Map.of("format", "xlsx"), List.of()));
    }

    @Get("/download")
    public HttpResponse<?> download(HttpRequest<?> request) throws Exception {
        Session session = Sessions.of(request);
        Map<String, String> query = new HashMap<>();
        for (String name : List.of("from", "to", "course", "department", "withdrawn", "format")) {
            request.getParameters().getFirst(name).ifPresent(value -> query.put(name, value));
        }
        Iterator<FileChunk> chunks = backends.completions(session).exportCompletions(ExportCompletionsRequest.newBuilder()
                .setFormat(query.getOrDefault("format", "")).setFrom(query.getOrDefault("from", "").strip())
                .setTo(query.getOrDefault("to", "").strip()).setCourseCode(query.getOrDefault("course", ""))
                .setDepartment(query.getOrDefault("department", "").strip())
                .setIncludeWithdrawn("yes".equals(query.get("withdrawn"))).build());
        FileChunk first;
        try {
            first = chunks.next();   // the service's refusal, if any, arrives with the first chunk
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "completions-export", model(session, query, FormErrors.of(e)));
        }
        return TemporaryDownload.of(first.getFileName(), MediaType.of(first.getContentType()), out -> {
            first.getData().writeTo(out);
            chunks.forEachRemaining(chunk -> {
                try {
                    chunk.getData().writeTo(out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        });
    }

    private Map<String, Object> model(Session session, Map<String, String> form, List<FormErrors.FieldError> errors) {
        var courses = backends.courses(session).listCourses(ListCoursesRequest.getDefaultInstance()).getCoursesList();
        return Page.model(session, "Download completions", "compliance", "courses", courses, "form", form, "errors", errors);
    }
}
