package uk.councilprotocol.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature and claims were checked a moment ago, so that a department's system or the console calling
 * many times with one token pays for the RSA check once (it was a third of training-service's time under load). An
 * entry is kept until the token expires and at most {@link #HELD} — the most a key withdrawn from the issuer's JWKS
 * goes on being honoured for tokens already seen — and only tokens that passed are kept.
 */
public final class VerifiedTokens {
    static final Duration HELD = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    /** @param clock wall time (token expiry is wall time, never the business clock) */
    public VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /** The caller of a token verified within the last {@link #HELD} and not yet expired; null otherwise. */
    @Nullable
    public Caller find(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(token, entry);
            return null;
        }
        return entry.caller();
    }

    /** Keeps a token that has just passed every check, with the caller it names. */
    public Caller remember(String token, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Instant now = clock.instant();
        Instant until = now.plus(HELD);
        Instant expires = expiryOf(authentication.getAttributes().get("exp"));
        if (expires != null && expires.isBefore(until)) {
            until = expires;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();   // many distinct live tokens at once: start again rather than grow
            }
        }
        entries.put(token, new Entry(caller, until));
        return caller;
    }

    /** The {@code exp} claim as the JWT library hands it over: a date, or seconds since the epoch. */
    @Nullable
    static Instant expiryOf(@Nullable Object exp) {
        if (exp instanceof Date date) {
            return date.toInstant();
        }
        if (exp instanceof Instant instant) {
            return instant;
        }
        if (exp instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
