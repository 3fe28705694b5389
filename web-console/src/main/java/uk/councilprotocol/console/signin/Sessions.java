package uk.councilprotocol.console.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
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
    private final Map<String, Instant> states = new ConcurrentHashMap<>();
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

    Session create(String accessToken, String subject, String name, String personId, List<String> roles, String council) {
        sessions.values().removeIf(s -> !s.expiresAt().isAfter(clock.instant()));   // expired ones go as new ones come
        // the platform operator belongs to no council: the header says so rather than naming the default one
        String councilName = roles.contains("operator") && council.isBlank() ? "the platform" : settings.councilName(council);
        Session session = new Session(random(), accessToken, subject, name, personId, roles,
                councilName, random(), clock.instant().plus(LIFETIME));
        sessions.put(session.id(), session);
        return session;
    }

    /** Keeps this version of a session in place of the one with its id. */
    Session replace(Session session) {
        sessions.put(session.id(), session);
        return session;
    }

    void end(HttpRequest<?> request) {
        request.getCookies().findCookie(COOKIE).map(Cookie::getValue).ifPresent(sessions::remove);
    }

    /** A one-time value tying the identity provider's answer to the sign-in this console started. */
    String newState() {
        states.entrySet().removeIf(e -> e.getValue().isBefore(clock.instant().minus(Duration.ofMinutes(10))));
        String state = random();
        states.put(state, clock.instant());
        return state;
    }

    boolean consumeState(String state) {
        return state != null && states.remove(state) != null;
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
