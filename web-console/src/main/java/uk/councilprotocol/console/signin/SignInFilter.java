package uk.councilprotocol.console.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.net.URI;
import java.util.List;

/** Every page needs a signed-in person; GOV.UK assets, health and the sign-in itself do not. */
@Filter("/**")
public class SignInFilter implements HttpServerFilter {
    private static final List<String> OPEN = List.of("/sign-in", ConsoleSettings.CALLBACK_PATH + "/", "/assets/", "/govuk/", "/static/",
            "/health", "/prometheus", "/signed-out");

    private final Sessions sessions;

    public SignInFilter(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String path = request.getPath();
        if (OPEN.stream().anyMatch(path::startsWith)) {
            return chain.proceed(request);
        }
        return sessions.find(request)
                .<Publisher<MutableHttpResponse<?>>>map(session -> {
                    request.setAttribute(Sessions.ATTRIBUTE, session);
                    return chain.proceed(request);
                })
                .orElseGet(() -> Publishers.just(HttpResponse.seeOther(URI.create("/sign-in"))));
    }
}
