package uk.councilprotocol.training.buddies;

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
import uk.councilprotocol.platform.security.Caller;

import java.util.List;

/** Buddies for new councillors over HTTP: suggest, pair, record a check-in, end, read. */
@Controller("/buddies")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class BuddyController {
    private final Buddies buddies;

    public BuddyController(Buddies buddies) {
        this.buddies = buddies;
    }

    @Get("/suggestions")
    public List<BuddySuggestion> suggest(@Nullable @QueryValue String newcomerId, Authentication authentication) {
        return buddies.suggest(newcomerId, Caller.of(authentication));
    }

    @Post
    public HttpResponse<BuddyView> pair(@Body PairingAsk ask, Authentication authentication) {
        return HttpResponse.created(buddies.pair(ask, Caller.of(authentication)));
    }

    @Post("/{pairingId}/check-ins")
    public HttpResponse<BuddyView> checkIn(String pairingId, @Body CheckInAsk ask, Authentication authentication) {
        return HttpResponse.created(buddies.recordCheckIn(pairingId, ask, Caller.of(authentication)));
    }

    @Post("/{pairingId}/end")
    public BuddyView end(String pairingId, @Body EndAsk ask, Authentication authentication) {
        return buddies.end(pairingId, ask, Caller.of(authentication));
    }

    @Get("/{pairingId}")
    public BuddyView get(String pairingId, Authentication authentication) {
        return buddies.get(pairingId, Caller.of(authentication));
    }

    /** ?includeEnded=true adds the pairings HR ended. */
    @Get
    public List<BuddyView> list(@Nullable @QueryValue Boolean includeEnded, Authentication authentication) {
        return buddies.list(Boolean.TRUE.equals(includeEnded), Caller.of(authentication));
    }
}
