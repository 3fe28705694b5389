package uk.councilprotocol.console.councils;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.platform.tables.TemporaryDownload;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.platform.v1.ExportCouncilDataChunk;
import uk.councilprotocol.contracts.platform.v1.ExportCouncilDataRequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * For a council's admin: everything the platform holds for the council, from all four services, as one zip (a
 * folder per service, a CSV per table). Each service checks the person's role and council itself; the zip is
 * assembled in a temporary file, so its size never sits in the console's memory.
 */
@Controller("/council-data")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CouncilDataController {
    private static final MediaType ZIP = MediaType.of("application/zip");

    private final Backends backends;
    private final Pages pages;
    private final Clock clock;

    public CouncilDataController(Backends backends, Pages pages, Clock clock) {
        this.backends = backends;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    public HttpResponse<String> page(HttpRequest<?> request) {
        Session session = Sessions.of(request);
        return pages.ok(request, "council-data", Page.model(session, "Your council's data", "council-data"));
    }

    @Get("/download")
    public HttpResponse<StreamedFile> download(HttpRequest<?> request) throws IOException {
        Session session = Sessions.of(request);
        String council = session.council() == null || session.council().isBlank() ? "council" : session.council();
        String name = council.toLowerCase(java.util.Locale.UK).replaceAll("[^a-z0-9]+", "-") + "-data-" + LocalDate.now(clock) + ".zip";
        return TemporaryDownload.of(name, ZIP, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                var services = backends.councils(session);
                for (var service : services.entrySet()) {
                    copyEntries(service.getKey(), service.getValue()
                            .exportCouncilData(ExportCouncilDataRequest.getDefaultInstance()), zip);
                }
            }
        });
    }

    /** One service's zip, read as its chunks arrive, into the console's under a folder named for the service. */
    private static void copyEntries(String service, Iterator<ExportCouncilDataChunk> chunks, ZipOutputStream zip) {
        InputStream stream = new SequenceInputStream(new java.util.Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return chunks.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return new ByteArrayInputStream(chunks.next().getData().toByteArray());
            }
        });
        try (ZipInputStream entries = new ZipInputStream(stream)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(service + "/" + entry.getName()));
                entries.transferTo(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
