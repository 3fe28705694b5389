package uk.councilprotocol.notifications.follows;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.councilprotocol.platform.security.Caller;

import java.util.List;

/** What the signed-in person follows: {@code PUT /me/follows/{plan|action}/{id}} follows, {@code DELETE} stops (gRPC: Follows). */
@Controller("/me/follows")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class FollowsController {
    private final Follows follows;

    public FollowsController(Follows follows) {
        this.follows = follows;
    }

    @Get
    public List<Follows.Followed> mine(Authentication authentication) {
        return follows.mine(Caller.of(authentication));
    }

    @Put("/{kind}/{id}")
    public List<Follows.Followed> follow(@PathVariable String kind, @PathVariable String id, Authentication authentication) {
        return follows.follow(kind, id, Caller.of(authentication));
    }

    @Delete("/{kind}/{id}")
    public List<Follows.Followed> unfollow(@PathVariable String kind, @PathVariable String id, Authentication authentication) {
        return follows.unfollow(kind, id, Caller.of(authentication));
    }
}
