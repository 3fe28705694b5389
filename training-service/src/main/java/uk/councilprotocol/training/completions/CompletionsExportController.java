package uk.councilprotocol.training.completions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.tables.TemporaryDownload;

import java.io.IOException;

/**
 * Completions as a file: {@code GET /completions/export.csv} or {@code .xlsx}, filtered by {@code from}, {@code to}
 * (the completion date, YYYY-MM-DD), {@code course}, {@code department}; {@code withdrawn=true} includes withdrawn ones.
 */
@Controller("/completions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CompletionsExportController {
    private final CompletionsExport export;

    public CompletionsExportController(CompletionsExport export) {
        this.export = export;
    }

    @Get("/export.csv")
    public HttpResponse<StreamedFile> csv(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                          @Nullable @QueryValue String course, @Nullable @QueryValue String department,
                                          @Nullable @QueryValue Boolean withdrawn, Authentication authentication) throws IOException {
        return download(CompletionsExport.Format.CSV, from, to, course, department, withdrawn, authentication);
    }

    @Get("/export.xlsx")
    public HttpResponse<StreamedFile> xlsx(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                           @Nullable @QueryValue String course, @Nullable @QueryValue String department,
                                           @Nullable @QueryValue Boolean withdrawn, Authentication authentication) throws IOException {
        return download(CompletionsExport.Format.XLSX, from, to, course, department, withdrawn, authentication);
    }

    private HttpResponse<StreamedFile> download(CompletionsExport.Format format, String from, String to, String course,
                                                String department, Boolean withdrawn, Authentication authentication) throws IOException {
        Caller caller = Caller.of(authentication);
        CompletionsExport.Filter filter = CompletionsExport.Filter.of(from, to, course, department, Boolean.TRUE.equals(withdrawn));
        export.requireAccess(caller);
        return TemporaryDownload.of(format.fileName(), MediaType.of(format.contentType()),
                out -> export.write(filter, format, caller, out));
    }
}
