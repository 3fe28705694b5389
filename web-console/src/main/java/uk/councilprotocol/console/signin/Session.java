package uk.councilprotocol.console.signin;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A signed-in person: their access token (passed to the services on every call, so the services decide what
 * they may see), the provider's ID token (the hint that ends their session there when they sign out), who they
 * are and the name of the council they work for (which the token names), and the token that guards their forms
 * against cross-site posts.
 */
public record Session(String id, String accessToken, String idToken, String subject, String name, String personId,
                      List<String> roles, String council, String csrf, Instant expiresAt) {

    /** The same session with the council shown by another name. */
    public Session named(String councilName) {
        return new Session(id, accessToken, idToken, subject, name, personId, roles, councilName, csrf, expiresAt);
    }

    /** HR and the council's administrator: the training rules, corrections of completions. */
    public boolean managesTraining() {
        return has("hr", "admin");
    }

    public boolean has(String... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    /** A councillor or co-opted member: sees the enquiries they raised or were copied on. */
    public boolean councillor() {
        return has("councillor");
    }

    public boolean department() {
        return roles.stream().anyMatch(r -> r.startsWith("department:"));
    }

    public boolean hr() {
        return has("hr", "admin", "standards");
    }

    /** Admins, HR and the Monitoring Officer's team: the sent-mail log. */
    public boolean oversight() {
        return has("admin", "standards", "hr");
    }

    /** The Monitoring Officer's team and admins: importing plans, reading the audit log. */
    public boolean managesPlans() {
        return has("standards", "admin");
    }

    /** A council's administrator: takes the council's data from every service. */
    public boolean admin() {
        return has("admin");
    }

    /** The platform operator (a supplier hosting councils): the councils served, and erasing one that leaves. */
    public boolean operator() {
        return has("operator");
    }

    public boolean hub() {
        return has("hub", "admin", "standards");
    }
}
