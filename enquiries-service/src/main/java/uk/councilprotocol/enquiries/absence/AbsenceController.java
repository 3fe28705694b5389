package uk.councilprotocol.enquiries.absence;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.errors.Validation;
import uk.councilprotocol.platform.security.Caller;
import uk.councilprotocol.platform.security.Roles;

import java.util.List;

@Controller("/absences")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class AbsenceController {
    private final AbsenceCover cover;

    public AbsenceController(AbsenceCover cover) {
        this.cover = cover;
    }

    @Post
    public HttpResponse<AbsenceCover.Recorded> record(@Body AbsenceRequest request, Authentication authentication) {
        return HttpResponse.created(cover.record(request, Caller.of(authentication)));
    }

    /** The officer is back: the absence ends yesterday (or, not yet begun, is withdrawn: 204). */
    @Post("/{id}/end")
    public HttpResponse<Absence> end(String id, Authentication authentication) {
        return cover.end(Validation.id("id", id), Caller.of(authentication)).map(HttpResponse::ok)
                .orElseGet(HttpResponse::noContent);
    }

    @Get
    @Secured({Roles.HUB, Roles.ADMIN})
    public List<Absence> list() {
        return cover.all();
    }
}
