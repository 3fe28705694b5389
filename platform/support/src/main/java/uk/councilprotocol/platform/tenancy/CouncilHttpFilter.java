package uk.councilprotocol.platform.tenancy;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import org.reactivestreams.Publisher;
import uk.councilprotocol.platform.errors.HttpProblems;

import java.util.List;

/**
 * Each HTTP request acts for the council its token names (claim {@code council}; none named: the default council),
 * from just after authentication to the end of the response.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class CouncilHttpFilter implements HttpServerFilter {
    private final Councils councils;

    public CouncilHttpFilter(Councils councils) {
        this.councils = councils;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String council;
        try {
            council = councils.resolve(request.getUserPrincipal(Authentication.class)
                    .map(a -> a.getAttributes().get(CouncilClaim.NAME)).map(Object::toString).orElse(null));
        } catch (UnknownCouncilException e) {
            return Publishers.just(HttpProblems.response(HttpStatus.FORBIDDEN, e.getMessage(), List.of()));
        }
        try (PropagatedContext.Scope ignored = Councils.open(council)) {
            return chain.proceed(request);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
