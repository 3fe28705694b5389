package uk.councilprotocol.enquiries.hub;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import uk.councilprotocol.platform.security.Caller;

import java.util.List;

@Controller("/enquiries")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class EnquiryController {
    private final EnquiryDesk desk;

    public EnquiryController(EnquiryDesk desk) {
        this.desk = desk;
    }

    @Serdeable
    public record ResponseRequest(@Nullable String response) {
    }

    /** The Hub logs an enquiry: 201 with its reference and deadline. */
    @Post
    public HttpResponse<EnquiryView> log(@Body LogRequest request, Authentication authentication) {
        return HttpResponse.created(desk.log(request, Caller.of(authentication)));
    }

    /** What the caller may see, soonest due first. */
    @Get
    public List<EnquiryView> list(@Nullable @QueryValue Boolean overdue, @Nullable @QueryValue Boolean includeResponded,
                                  Authentication authentication) {
        return desk.list(Caller.of(authentication), Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(includeResponded));
    }

    @Get("/{reference}")
    public EnquiryView get(String reference, Authentication authentication, HttpRequest<?> request) {
        return desk.find(reference, Caller.of(authentication), request.getRemoteAddress().getAddress().getHostAddress());
    }

    @Post("/{reference}/response")
    public EnquiryView respond(String reference, @Body ResponseRequest body, Authentication authentication) {
        return desk.respond(reference, body.response(), Caller.of(authentication));
    }
}
