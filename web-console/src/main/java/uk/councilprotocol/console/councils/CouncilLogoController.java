package uk.councilprotocol.console.councils;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.signin.Sessions;

/** {@code GET /council-logo}: the signed-in person's council's logo for the header; 404 when it has none. */
@Controller("/council-logo")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CouncilLogoController {
    private final CouncilLogoCache logos;

    public CouncilLogoController(CouncilLogoCache logos) {
        this.logos = logos;
    }

    @Get
    public HttpResponse<byte[]> logo(HttpRequest<?> request) {
        return logos.logo(Sessions.of(request))
                .<HttpResponse<byte[]>>map(l -> HttpResponse.ok(l.getContent().toByteArray()).contentType(l.getContentType())
                        .header("Cache-Control", "private, max-age=60"))
                .orElseGet(HttpResponse::notFound);
    }
}
