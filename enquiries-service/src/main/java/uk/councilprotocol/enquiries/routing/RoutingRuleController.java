package uk.councilprotocol.enquiries.routing;

import io.micronaut.security.authentication.Authentication;
import uk.councilprotocol.platform.security.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import uk.councilprotocol.platform.errors.Validation;
import io.micronaut.security.annotation.Secured;
import uk.councilprotocol.platform.security.Roles;

import java.util.List;

@Controller("/routing-rules")
@Secured({Roles.HUB, Roles.ADMIN})
public class RoutingRuleController {
    private final EnquiryRouter router;

    public RoutingRuleController(EnquiryRouter router) {
        this.router = router;
    }

    @Get
    public List<RoutingRule> list() {
        return router.all();
    }

    @Post
    public HttpResponse<RoutingRule> add(@Body RuleRequest request, Authentication authentication) {
        return HttpResponse.created(router.add(request, Caller.of(authentication)));
    }

    @Put("/{id}")
    public RoutingRule change(String id, @Body RuleRequest request, Authentication authentication) {
        return router.change(Validation.id("id", id), request, Caller.of(authentication));
    }

    @Delete("/{id}")
    public RoutingRule remove(String id, Authentication authentication) {
        return router.remove(Validation.id("id", id), Caller.of(authentication));
    }
}
