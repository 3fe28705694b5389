package uk.councilprotocol.enquiries.remits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.platform.security.Caller;

import java.util.List;

/** {@code GET /body-remits}; {@code PUT /body-remits/{body}} with {@code {"categories": [...]}} (empty removes it). */
@Controller("/body-remits")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class BodyRemitController {
    private final BodyRemits remits;

    public BodyRemitController(BodyRemits remits) {
        this.remits = remits;
    }

    @Serdeable
    public record RemitRequest(@Nullable List<String> categories) {
    }

    @Get
    public List<BodyRemit> list(Authentication authentication) {
        return remits.all(Caller.of(authentication));
    }

    @Put("/{body}")
    public List<BodyRemit> set(String body, @Nullable @Body RemitRequest request, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        remits.set(body, request == null ? null : request.categories(), caller);
        return remits.all(caller);
    }
}
