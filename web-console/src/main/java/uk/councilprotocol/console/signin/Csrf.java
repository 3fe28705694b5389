package uk.councilprotocol.console.signin;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Every form carries the session's own token; a post without it (from another site) is refused. */
public final class Csrf {
    public static final String FIELD = "csrf";

    private Csrf() {
    }

    public static void check(Session session, Map<String, String> form) {
        String sent = form.getOrDefault(FIELD, "");
        if (!MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), session.csrf().getBytes(StandardCharsets.UTF_8))) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "This form has expired. Go back, reload the page and try again.");
        }
    }
}
