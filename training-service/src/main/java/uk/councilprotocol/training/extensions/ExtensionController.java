package uk.councilprotocol.training.extensions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.errors.InvalidInputException;
import uk.councilprotocol.platform.security.Caller;

import java.util.List;
import java.util.Locale;

/** Requests for more time over HTTP: ask, decide, read. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ExtensionController {
    private final Extensions extensions;

    public ExtensionController(Extensions extensions) {
        this.extensions = extensions;
    }

    @Post("/assignments/{assignmentId}/extension-requests")
    public HttpResponse<ExtensionView> request(String assignmentId, @Body ExtensionAsk ask, Authentication authentication) {
        return HttpResponse.created(extensions.request(assignmentId, ask, Caller.of(authentication)));
    }

    @Post("/extension-requests/{requestId}/decision")
    public ExtensionView decide(String requestId, @Body ExtensionDecision decision, Authentication authentication) {
        return extensions.decide(requestId, decision, Caller.of(authentication));
    }

    @Get("/extension-requests/{requestId}")
    public ExtensionView get(String requestId, Authentication authentication) {
        return extensions.get(requestId, Caller.of(authentication));
    }

    /** ?status=PENDING|APPROVED|DECLINED and ?personId= narrow the list. */
    @Get("/extension-requests")
    public List<ExtensionView> list(@Nullable @QueryValue String status, @Nullable @QueryValue String personId,
                                    Authentication authentication) {
        return extensions.list(status(status), personId == null || personId.isBlank() ? null : personId.strip(),
                Caller.of(authentication));
    }

    static ExtensionStatus status(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ExtensionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "'" + status + "' is not PENDING, APPROVED or DECLINED");
        }
    }
}
