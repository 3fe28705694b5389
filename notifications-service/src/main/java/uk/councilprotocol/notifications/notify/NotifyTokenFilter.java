package uk.councilprotocol.notifications.notify;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import uk.councilprotocol.notifications.mail.Mailer;
import uk.councilprotocol.platform.errors.HttpProblems;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Only GOV.UK Notify may call its receipts route: it sends the bearer token it was given in its settings (not a
 * person's token), checked here in constant time before anything of the request is read, so a caller without it
 * learns nothing, not even whether its body would do.
 */
@Filter(DeliveryReceiptController.PATH)
@Requires(property = Mailer.CHANNEL, value = NotifyMailer.CHANNEL)
public class NotifyTokenFilter implements HttpServerFilter {
    private final NotifySettings settings;

    public NotifyTokenFilter(NotifySettings settings) {
        this.settings = settings;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!fromNotify(request.getHeaders().get(HttpHeaders.AUTHORIZATION))) {
            return Publishers.just(HttpProblems.response(HttpStatus.UNAUTHORIZED, "Not a receipt from GOV.UK Notify: the "
                    + "bearer token is not the one configured (notifications.notify.callback-token)", List.of()));
        }
        return chain.proceed(request);
    }

    private boolean fromNotify(String authorization) {
        String expected = settings.callbackToken();
        if (expected == null || expected.isBlank() || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
