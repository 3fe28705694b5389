package uk.councilprotocol.console.signin;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.councilprotocol.console.Pages;

import java.net.URI;
import java.util.Map;

/**
 * Where Micronaut Security's OpenID Connect callback hands over: a sign-in that passed becomes a console session
 * (its cookie holds only a random id) and the person lands on their work; one that failed gets a page saying so.
 */
@Singleton
class SessionLoginHandler implements RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(SessionLoginHandler.class);

    private final Sessions sessions;
    private final CouncilNameSource councilNames;
    private final Pages pages;
    private final MeterRegistry meters;

    SessionLoginHandler(Sessions sessions, CouncilNameSource councilNames, Pages pages, MeterRegistry meters) {
        this.sessions = sessions;
        this.councilNames = councilNames;
        this.pages = pages;
        this.meters = meters;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        if (!(authentication.getAttributes().get(ProviderSignIn.SIGNED_IN) instanceof SignedIn person)) {
            return failed(request, "the sign-in did not come through the council's provider");
        }
        Session session = sessions.create(person);
        SignInFailures.count(meters, "signed-in");
        // the name the council's admin gave it wins over the configured one
        session = councilNames.nameFor(session).map(session::named).map(sessions::replace).orElse(session);
        return HttpResponse.seeOther(URI.create("/")).cookie(sessions.cookie(session));
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken, HttpRequest<?> request) {
        return loginSuccess(authentication, request);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        return failed(request, failure.getMessage().orElse("refused"));
    }

    private MutableHttpResponse<?> failed(HttpRequest<?> request, String why) {
        LOG.info("Sign-in refused: {}", why);
        SignInFailures.count(meters, "refused");
        return SignInFailures.page(pages, request, HttpStatus.BAD_REQUEST);
    }
}
