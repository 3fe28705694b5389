package uk.councilprotocol.console.signin;

import io.micronaut.context.BeanContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.oauth2.client.OauthClient;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import uk.councilprotocol.console.Pages;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in and out with the council's OpenID Connect provider, through Micronaut Security's client: it
 * discovers the provider, sends the browser there with state, nonce and a PKCE challenge (kept in short-lived
 * cookies, so the return may reach any console replica), and on the way back checks all three and the ID token
 * before {@link SessionLoginHandler} opens a session. Signing out ends the session here and at the provider.
 */
@Controller
public class SignInController {
    private final OauthClient provider;
    private final BeanContext beans;
    private final ConsoleSettings settings;
    private final Sessions sessions;
    private final Pages pages;

    public SignInController(@Named(ConsoleSettings.PROVIDER) OauthClient provider, BeanContext beans,
                            ConsoleSettings settings, Sessions sessions, Pages pages) {
        this.provider = provider;
        this.beans = beans;
        this.settings = settings;
        this.sessions = sessions;
        this.pages = pages;
    }

    @Get("/sign-in")
    public Publisher<MutableHttpResponse<?>> signIn(HttpRequest<?> request) {
        return provider.authorizationRedirect(request);
    }

    /** Ends the session, then the person's session at the provider (RP-initiated logout) when it offers that. */
    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request) {
        Optional<Session> ended = sessions.end(request);
        String signedOut = settings.getPublicUrl() + "/signed-out";
        URI next = endSessionEndpoint().map(endpoint -> {
            UriBuilder uri = UriBuilder.of(endpoint).queryParam("client_id", settings.getClientId())
                    .queryParam("post_logout_redirect_uri", signedOut);
            ended.map(Session::idToken).filter(token -> !token.isBlank()).ifPresent(token -> uri.queryParam("id_token_hint", token));
            return uri.build();
        }).orElse(URI.create("/signed-out"));
        return HttpResponse.seeOther(next).cookie(sessions.expiredCookie());
    }

    @Get("/signed-out")
    public HttpResponse<String> signedOut(HttpRequest<?> request) {
        return pages.ok(request, "signed-out", Map.of("title", "You have signed out",
                "message", "You have signed out of the council protocol platform."));
    }

    private Optional<String> endSessionEndpoint() {
        return beans.findBean(OpenIdProviderMetadata.class, Qualifiers.byName(ConsoleSettings.PROVIDER))
                .map(OpenIdProviderMetadata::getEndSessionEndpoint).filter(endpoint -> !endpoint.isBlank());
    }
}
