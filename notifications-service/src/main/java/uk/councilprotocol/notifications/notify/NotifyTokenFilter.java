package uk.councilprotocol.notifications.notify;

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
import uk.councilprotocol.platform.errors.HttpProblems;

import java.util.List;
import java.util.Optional;

/**
 * Only GOV.UK Notify may call its receipts route: it sends the bearer token it was given in its settings (not a
 * person's token), checked here in constant time before anything of the request is read, so a caller without it
 * learns nothing, not even whether its body would do. The service whose token it is goes with the request
 * ({@link #SENDER}), for the receipt to be checked against the council it names.
 */
@Filter(DeliveryReceiptController.PATH)
public class NotifyTokenFilter implements HttpServerFilter {
    static final String SENDER = "notify.sender";
    private final NotifyServices services;

    public NotifyTokenFilter(NotifyServices services) {
        this.services = services;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        Optional<NotifyServices.Sender> sender = authorization == null || !authorization.startsWith("Bearer ") ? Optional.empty()
                : services.senderOf(authorization.substring("Bearer ".length()).strip());
        if (sender.isEmpty()) {
            return Publishers.just(HttpProblems.response(HttpStatus.UNAUTHORIZED, "Not a receipt from GOV.UK Notify: the "
                    + "bearer token is not one configured (notifications.notify.callback-token, or a council's "
                    + "notifications.notify-services.<council>.callback-token)", List.of()));
        }
        request.setAttribute(SENDER, sender.get());
        return chain.proceed(request);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
