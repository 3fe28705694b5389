package uk.councilprotocol.console.signin;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import uk.councilprotocol.console.Pages;

import java.util.Map;

/**
 * The OpenID Connect callback's other endings, which the library answers with a bare status (an ID token that
 * failed its checks: 401; the provider refusing the code or not answering: an error), become a page a person
 * can act on: sign in again, or try later.
 */
@Filter(ConsoleSettings.CALLBACK_PATH + "/**")
class SignInFailures implements HttpServerFilter {
    private final Pages pages;
    private final MeterRegistry meters;

    SignInFailures(Pages pages, MeterRegistry meters) {
        this.pages = pages;
        this.meters = meters;
    }

    /** console_sign_ins_total{outcome}: signed-in, refused (by the checks or the provider), provider-unavailable. */
    static void count(MeterRegistry meters, String outcome) {
        meters.counter("console.sign.ins", "outcome", outcome).increment();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return Publishers.map(chain.proceed(request), response -> {
            int status = response.code();
            if (status < 400 || response.getContentType().filter(type -> type.getName().equals("text/html")).isPresent()) {
                return response;
            }
            boolean unavailable = status >= 500;
            count(meters, unavailable ? "provider-unavailable" : "refused");
            return page(pages, request, unavailable ? HttpStatus.BAD_GATEWAY : HttpStatus.BAD_REQUEST);
        });
    }

    static MutableHttpResponse<?> page(Pages pages, HttpRequest<?> request, HttpStatus status) {
        String message = status == HttpStatus.BAD_GATEWAY
                ? "The council's sign-in service did not answer. Please try again in a few minutes."
                : "The sign-in could not be completed (it may have expired). Please sign in again.";
        return pages.render(status, request, "signed-out", Map.of("title", "Sign-in failed", "message", message));
    }
}
