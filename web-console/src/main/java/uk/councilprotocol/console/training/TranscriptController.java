package uk.councilprotocol.console.training;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.training.v1.FileChunk;
import uk.councilprotocol.contracts.training.v1.GetTranscriptRequest;

/**
 * A person's training record as a PDF, written by training-service with the signed-in person's token: their own
 * from My work, anyone's they may see from the person's page.
 */
@Controller("/training/people")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TranscriptController {
    private final Backends backends;

    public TranscriptController(Backends backends) {
        this.backends = backends;
    }

    @Get("/{personId}/transcript.pdf")
    public HttpResponse<byte[]> transcript(HttpRequest<?> request, String personId) {
        Session session = Sessions.of(request);
        FileChunk pdf = backends.completions(session).getTranscript(GetTranscriptRequest.newBuilder().setPersonId(personId).build());
        return HttpResponse.ok(pdf.getData().toByteArray()).contentType(pdf.getContentType())
                .header("Content-Disposition", "attachment; filename=\"" + pdf.getFileName() + "\"");
    }
}
