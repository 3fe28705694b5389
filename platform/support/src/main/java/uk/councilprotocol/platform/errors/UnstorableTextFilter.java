package uk.councilprotocol.platform.errors;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;

import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything else runs, a request whose path or query holds a NUL character ({@code GET /enquiries/%00}):
 * 400 naming {@code path} or the query parameter, where it would otherwise have reached PostgreSQL and failed there.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class UnstorableTextFilter implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String field = null;
        if (UnstorableText.contains(request.getPath()) || request.getUri().getRawPath().contains("%00")) {
            field = "path";
        } else {
            for (Map.Entry<String, List<String>> parameter : request.getParameters().asMap().entrySet()) {
                if (UnstorableText.contains(parameter.getKey()) || parameter.getValue().stream().anyMatch(UnstorableText::contains)) {
                    field = parameter.getKey().replace("\u0000", "");
                    break;
                }
            }
        }
        if (field == null) {
            return chain.proceed(request);
        }
        InvalidInputException refused = UnstorableText.refused(field);
        return Publishers.just(HttpProblems.response(HttpStatus.BAD_REQUEST, refused.getMessage(), refused.violations()));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
