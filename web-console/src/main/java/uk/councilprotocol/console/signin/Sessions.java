package uk.councilprotocol.console.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions, found by an HttpOnly cookie holding a random id; the access token never reaches the
 * browser. Kept in memory: one console instance per deployment, or sticky sessions in front of several.
 */
@Singleton
public class Sessions {
    public static final String COOKIE = "console_session";
    static final String ATTRIBUTE = "console.session";
    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final ConsoleSettings settings;
    private final Clock clock = Clock.systemUTC();

    public Sessions(ConsoleSettings settings) {
        this.settings = settings;
    }

    public static Session of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Session.class)
                .orElseThrow(() -> new IllegalStateException("no session: the sign-in filter should have redirected"));
    }

    Optional<Session> find(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).map(sessions::get)
                .filter(s -> s.expiresAt().isAfter(clock.instant()));
    }

    Session create(SignedIn person) {
        sessions.values().removeIf(s -> !s.expiresAt().isAfter(clock.instant()));   // expired ones go as new ones come
        // the platform operator belongs to no council: the header says so rather than naming the default one
        String councilName = person.roles().contains("operator") && person.council().isBlank()
                ? "the platform" : settings.councilName(person.council());
        Session session = new Session(random(), person.accessToken(), person.idToken(), person.subject(), person.name(),
                person.personId(), person.roles(), councilName, random(), clock.instant().plus(LIFETIME));
        sessions.put(session.id(), session);
        return session;
    }

    /** Keeps this version of a session in place of the one with its id. */
    Session replace(Session session) {
        sessions.put(session.id(), session);
        return session;
    }

    /** Ends the request's session here, returning it (for the provider's sign-out) if there was one. */
    Optional<Session> end(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).map(sessions::remove);
    }

    Cookie cookie(Session session) {
        return Cookie.of(COOKIE, session.id()).httpOnly(true).sameSite(SameSite.Lax).path("/")
                .secure(settings.isSecureCookies()).maxAge(LIFETIME);
    }

    Cookie expiredCookie() {
        return Cookie.of(COOKIE, "").httpOnly(true).path("/").maxAge(0);
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
