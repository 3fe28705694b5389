package uk.councilprotocol.training.completions;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.security.Caller;

/** {@code GET /roster/people/{personId}/transcript.pdf}: the person's training record as a PDF. */
@Controller("/roster/people")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TranscriptController {
    private final Transcripts transcripts;

    public TranscriptController(Transcripts transcripts) {
        this.transcripts = transcripts;
    }

    @Get("/{personId}/transcript.pdf")
    public HttpResponse<byte[]> transcript(String personId, Authentication authentication) {
        Transcripts.Transcript transcript = transcripts.of(personId, Caller.of(authentication));
        return HttpResponse.ok(transcript.pdf()).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + transcript.fileName() + "\"");
    }
}
