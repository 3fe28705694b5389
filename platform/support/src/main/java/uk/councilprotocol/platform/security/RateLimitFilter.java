package uk.councilprotocol.platform.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import uk.councilprotocol.platform.errors.HttpProblems;

import java.security.Principal;
import java.util.List;

/** Answers 429 when a client goes over its rate; runs after authentication so it can key on the caller. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RateLimitFilter implements Ordered {
    private final RateLimits limits;

    public RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> limit(HttpRequest<?> request) {
        String client = request.getUserPrincipal().map(Principal::getName)
                .orElseGet(() -> request.getRemoteAddress().getAddress().getHostAddress());
        if (limits.tryAcquire(client)) {
            return null;
        }
        return HttpProblems.response(HttpStatus.TOO_MANY_REQUESTS, "Too many requests from " + client + "; slow down.", List.of());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
