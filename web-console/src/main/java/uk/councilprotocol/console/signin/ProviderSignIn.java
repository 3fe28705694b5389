package uk.councilprotocol.console.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Turns a completed OpenID Connect sign-in into the person the console will act for. By the time this runs,
 * Micronaut Security has checked the state, exchanged the code with its PKCE verifier and validated the ID token
 * (signature against the provider's keys, issuer, audience, expiry, nonce). The access token came from the
 * provider's token endpoint directly; its claims (roles, person, council) are what the services will act on, so
 * the console shows what they say, and it must be the ID token's person.
 */
@Singleton
@Named(ConsoleSettings.PROVIDER)
class ProviderSignIn implements OpenIdAuthenticationMapper {
    static final String SIGNED_IN = "console.signed-in";

    private final JsonMapper json;

    ProviderSignIn(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName, OpenIdTokenResponse tokens,
                                                                          OpenIdClaims idToken, @Nullable State state) {
        return Publishers.just(signIn(tokens, idToken));
    }

    private AuthenticationResponse signIn(OpenIdTokenResponse tokens, OpenIdClaims idToken) {
        Map<?, ?> access;
        try {
            access = claims(tokens.getAccessToken());
        } catch (IOException | IllegalArgumentException e) {
            return AuthenticationResponse.failure("the provider's access token is not a JWT");
        }
        String subject = idToken.getSubject();
        if (subject == null || !subject.equals(access.get("sub"))) {
            return AuthenticationResponse.failure("the access token is not for the person the ID token names");
        }
        List<String> roles = access.get("roles") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        String name = idToken.getName() != null ? idToken.getName() : text(access.get("name"), subject);
        // the council claim (platform/tenancy's CouncilClaim); a token without one is the deployment's own council
        SignedIn person = new SignedIn(tokens.getAccessToken(), tokens.getIdToken(), subject, name,
                text(access.get("person_id"), subject), roles, text(access.get("council"), ""));
        return AuthenticationResponse.success(subject, roles, Map.of(SIGNED_IN, person));
    }

    /** The access token's claims, read, not verified: every service it is sent to checks its signature. */
    private Map<?, ?> claims(String jwt) throws IOException {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length < 2) {
            throw new IOException("not a JWT");
        }
        return json.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
    }

    private static String text(Object claim, String otherwise) {
        return claim == null ? otherwise : claim.toString();
    }
}
