package uk.councilprotocol.enquiries.routing;

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
    public HttpResponse<RoutingRule> add(@Body RuleRequest request) {
        return HttpResponse.created(router.add(request));
    }

    @Put("/{id}")
    public RoutingRule change(String id, @Body RuleRequest request) {
        return router.change(Validation.id("id", id), request);
    }

    @Delete("/{id}")
    public RoutingRule remove(String id) {
        return router.remove(Validation.id("id", id));
    }
}
