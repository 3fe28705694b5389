package uk.councilprotocol.console.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import uk.councilprotocol.console.Pages;

/**
 * Sign-in with the council's OpenID Connect provider (the authorization-code flow): the console sends the
 * browser to the provider, takes back a one-time code, exchanges it server-to-server for the person's token,
 * and keeps that token in the session. The services validate it on every call the console makes.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SignInController {
    private final ConsoleSettings settings;
    private final Sessions sessions;
    private final CouncilNameSource councilNames;
    private final JsonMapper json;
    private final Pages pages;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SignInController(ConsoleSettings settings, Sessions sessions, JsonMapper json, Pages pages,
                            CouncilNameSource councilNames) {
        this.councilNames = councilNames;
        this.pages = pages;
        this.settings = settings;
        this.sessions = sessions;
        this.json = json;
    }

    @Get("/sign-in")
    public HttpResponse<?> signIn() {
        String url = settings.getIssuerUrl() + "/authorize?response_type=code&scope=openid"
                + "&client_id=" + encode(settings.getClientId()) + "&redirect_uri=" + encode(settings.callbackUrl())
                + "&state=" + encode(sessions.newState());
        return HttpResponse.seeOther(URI.create(url));
    }

    @Get("/auth/callback")
    public HttpResponse<?> callback(HttpRequest<?> request, @Nullable @QueryValue String code, @Nullable @QueryValue String state)
            throws Exception {
        if (code == null || !sessions.consumeState(state)) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "signed-out", Map.of("title", "Sign-in failed",
                    "message", "The sign-in could not be completed (it may have expired). Please sign in again."));
        }
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(settings.callbackUrl())
                + "&client_id=" + encode(settings.getClientId()) + "&client_secret=" + encode(settings.getClientSecret());
        var reply = http.send(java.net.http.HttpRequest.newBuilder(URI.create(settings.getIssuerUrl() + "/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "signed-out", Map.of("title", "Sign-in failed",
                    "message", "The identity provider did not accept the sign-in. Please try again."));
        }
        String token = String.valueOf(json.readValue(reply.body(), Map.class).get("access_token"));
        Map<?, ?> claims = claims(token);
        String subject = String.valueOf(claims.get("sub"));
        Object personId = claims.get("person_id");
        Object name = claims.get("name");
        List<String> roles = claims.get("roles") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        // The council claim (platform/tenancy's CouncilClaim); a token without one is the deployment's own council.
        Object council = claims.get("council");
        Session session = sessions.create(token, subject, name == null ? subject : name.toString(),
                personId == null ? subject : personId.toString(), roles, council == null ? "" : council.toString());
        // the name the council's admin gave it wins over the configured one
        session = councilNames.nameFor(session).map(session::named).map(sessions::replace).orElse(session);
        return HttpResponse.seeOther(URI.create("/")).cookie(sessions.cookie(session));
    }

    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request) {
        sessions.end(request);
        return HttpResponse.seeOther(URI.create("/signed-out")).cookie(sessions.expiredCookie());
    }

    @Get("/signed-out")
    public HttpResponse<String> signedOut(HttpRequest<?> request) {
        return pages.ok(request, "signed-out", Map.of("title", "You have signed out",
                "message", "You have signed out of the council protocol platform."));
    }

    /** The token's claims, read for display only: its signature is checked by every service it is sent to. */
    private Map<?, ?> claims(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IOException("not a JWT");
        }
        return json.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
