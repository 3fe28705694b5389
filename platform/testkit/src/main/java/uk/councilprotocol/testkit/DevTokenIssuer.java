package uk.councilprotocol.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.net.URLEncoder;

/**
 * A small OAuth2/OIDC token issuer for local runs and tests only: its own RSA signing key, a JWKS endpoint
 * the services validate against, client-credentials tokens for registered clients, and a dev endpoint that
 * mints a token for any subject and roles. Never part of a deployment.
 */
public final class DevTokenIssuer implements AutoCloseable {
    public static final String AUDIENCE = "council-protocol";

    private final RSAKey key;
    private final HttpServer server;
    private final Map<String, Client> clients = new HashMap<>();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final List<String> signOuts = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Token lifetimes run on real time: every service checks them against it, whatever the business clock says. */
    private final Clock tokenClock = Clock.systemUTC();

    /** A client-credentials client (a department's system, or another service). */
    public record Client(String secret, String subject, List<String> roles) {
    }

    /** Someone who can sign in through the authorization-code flow (the web console's sign-in); {@code council} null means the deployment's default council (no claim). */
    public record User(String subject, String name, String personId, List<String> roles, String council) {
        public User(String subject, String name, String personId, List<String> roles) {
            this(subject, name, personId, roles, null);
        }
    }

    /** What an authorization code stands for: who signed in, for which client and return address, and the PKCE and nonce it was asked with. */
    private record Grant(User user, String clientId, String redirectUri, String nonce, String codeChallenge) {
    }

    private DevTokenIssuer(RSAKey key, HttpServer server) {
        this.key = key;
        this.server = server;
    }

    /** @param port 0 for a free port */
    public static DevTokenIssuer start(int port) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("dev-" + UUID.randomUUID()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            DevTokenIssuer issuer = new DevTokenIssuer(key, server);
            server.createContext("/.well-known/jwks.json", e -> issuer.reply(e, 200, new JWKSet(key.toPublicJWK()).toString()));
            server.createContext("/.well-known/openid-configuration", e -> issuer.reply(e, 200, issuer.discovery()));
            server.createContext("/token", issuer::token);
            server.createContext("/authorize", issuer::authorize);
            server.createContext("/dev/token", issuer::devToken);
            server.createContext("/logout", issuer::logout);
            server.start();
            return issuer;
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException("Could not start the dev token issuer", e);
        }
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public String issuer() {
        return url();
    }

    public String jwksUrl() {
        return url() + "/.well-known/jwks.json";
    }

    /** Adds someone to the sign-in page; the order of registration is the order shown. */
    public void registerUser(User user) {
        users.put(user.subject(), user);
    }

    public void register(String clientId, Client client) {
        clients.put(clientId, client);
    }

    /** A token for this subject and roles, valid for an hour. */
    public String token(String subject, String... roles) {
        return token(subject, Arrays.asList(roles), Map.of(), Duration.ofHours(1));
    }

    public String token(String subject, List<String> roles, Map<String, Object> extraClaims, Duration validFor) {
        Instant now = tokenClock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subject)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(validFor)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles);
        extraClaims.forEach(claims::claim);
        return sign(claims.build());
    }

    /** The claims signed with this issuer's key (RS256, its key id in the header), as a compact JWT. */
    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token signed by a key the services do not trust: for tests that must see it refused. */
    public static String foreignToken(String issuer, String subject, String... roles) {
        return new DevTokenIssuer(generate(), null).tokenFor(issuer, subject, roles);
    }

    private String tokenFor(String issuer, String subject, String... roles) {
        return sign(new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience(AUDIENCE)
                .expirationTime(Date.from(tokenClock.instant().plusSeconds(3600))).claim("roles", Arrays.asList(roles)).build());
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("foreign").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The OpenID Provider metadata, with the fields Keycloak's and Entra ID's documents give a client. */
    private String discovery() {
        return "{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + jwksUrl() + "\",\"token_endpoint\":\"" + url()
                + "/token\",\"authorization_endpoint\":\"" + url() + "/authorize\",\"end_session_endpoint\":\"" + url() + "/logout\","
                + "\"grant_types_supported\":[\"client_credentials\",\"authorization_code\"],"
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"scopes_supported\":[\"openid\",\"profile\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"client_secret_post\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"],\"claims_supported\":[\"sub\",\"name\",\"roles\",\"person_id\",\"council\"]}";
    }

    /**
     * What the sign-in page posts to {@code /authorize} when someone picks {@code subject}: the client's
     * authorization request (state, nonce, PKCE challenge, return address) carried through, for tests and the smoke
     * check that sign in without a browser.
     */
    public static String signInForm(java.net.URI authorizationRequest, String subject) {
        return authorizationRequest.getRawQuery() + "&user=" + URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }

    /** The post_logout_redirect_uri of each sign-out at this provider, in order: tests read it. */
    public List<String> signOuts() {
        return List.copyOf(signOuts);
    }

    /** RP-initiated logout: ends the person's session here and sends them back where the client asked. */
    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        String back = query.getOrDefault("post_logout_redirect_uri", "");
        signOuts.add(back);
        if (back.startsWith("http")) {
            exchange.getResponseHeaders().set("Location", back);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
        }
        reply(exchange, 200, "{\"signed_out\":true}");
    }

    /** The client from HTTP Basic (client_secret_basic) or the form (client_secret_post), if its secret is right. */
    private Client authenticate(HttpExchange exchange, Map<String, String> form) {
        String id = form.getOrDefault("client_id", "");
        String secret = form.get("client_secret");
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            String pair = new String(java.util.Base64.getDecoder().decode(basic.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon > 0) {
                id = URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8);
                secret = URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8);
            }
        }
        form.put("client_id", id);
        Client client = clients.get(id);
        return client != null && client.secret().equals(secret) ? client : null;
    }

    /** PKCE (RFC 7636): the verifier sent with the code must hash to the challenge sent with the authorization request. */
    private static boolean verifierMatches(String challenge, String verifier) {
        if (challenge == null || challenge.isEmpty()) {
            return true;
        }
        if (verifier == null) {
            return false;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(hash).equals(challenge);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ID token for a sign-in: to the client alone, carrying the nonce it sent. */
    private String idToken(Grant grant) {
        Instant now = tokenClock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(grant.user().subject())
                .audience(grant.clientId()).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("name", grant.user().name()).claim("auth_time", now.getEpochSecond());
        if (grant.nonce() != null && !grant.nonce().isEmpty()) {
            claims.claim("nonce", grant.nonce());
        }
        return sign(claims.build());
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Client client = authenticate(exchange, form);
        if (client == null) {
            reply(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        if ("authorization_code".equals(form.get("grant_type"))) {
            Grant grant = codes.remove(form.getOrDefault("code", ""));
            if (grant == null || !grant.clientId().equals(form.get("client_id"))
                    || !grant.redirectUri().equals(form.getOrDefault("redirect_uri", ""))
                    || !verifierMatches(grant.codeChallenge(), form.get("code_verifier"))) {
                reply(exchange, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
            User user = grant.user();
            Map<String, Object> claims = new HashMap<>(Map.of("person_id", user.personId(), "name", user.name()));
            if (user.council() != null) {
                claims.put("council", user.council());
            }
            reply(exchange, 200, "{\"access_token\":\"" + token(user.subject(), user.roles(), claims, Duration.ofHours(8))
                    + "\",\"id_token\":\"" + idToken(grant) + "\",\"token_type\":\"Bearer\",\"expires_in\":28800,\"scope\":\"openid\"}");
            return;
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            reply(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        reply(exchange, 200, tokenResponse(token(client.subject(), client.roles(), Map.of(), Duration.ofHours(1))));
    }

    /**
     * The authorization endpoint: GET shows the demo users to sign in as; POST (the choice) redirects back to
     * the client with a one-time code, remembering the PKCE challenge and nonce the client sent. No passwords:
     * this issuer exists for local runs and tests.
     */
    private void authorize(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            User user = users.get(form.getOrDefault("user", ""));
            String redirect = form.getOrDefault("redirect_uri", "");
            String method = form.getOrDefault("code_challenge_method", "S256");
            if (user == null || !redirect.startsWith("http") || !"S256".equals(method)) {
                reply(exchange, 400, "{\"error\":\"invalid_request\"}");
                return;
            }
            String code = UUID.randomUUID().toString();
            codes.put(code, new Grant(user, form.getOrDefault("client_id", ""), redirect, form.get("nonce"), form.get("code_challenge")));
            exchange.getResponseHeaders().set("Location", redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code
                    + "&state=" + URLEncoder.encode(form.getOrDefault("state", ""), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
        }
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<title>Sign in (local dev issuer)</title><style>body{font-family:Arial,sans-serif;margin:2em;max-width:40em}"
                + "button{display:block;margin:.5em 0;padding:.6em 1em;font-size:1em;width:100%;text-align:left}</style></head>"
                + "<body><main><h1>Sign in</h1><p>Local dev issuer: choose a demo user.</p>");
        StringBuilder request = new StringBuilder();   // the client's request, carried through the choice
        for (String name : List.of("client_id", "redirect_uri", "state", "nonce", "code_challenge", "code_challenge_method")) {
            if (query.containsKey(name)) {
                request.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(html(query.get(name))).append("\">");
            }
        }
        for (User user : users.values()) {
            page.append("<form method=\"post\" action=\"/authorize\"><input type=\"hidden\" name=\"user\" value=\"")
                    .append(html(user.subject())).append("\">").append(request).append("<button type=\"submit\">Sign in as ")
                    .append(html(user.name())).append(" (").append(html(String.join(", ", user.roles()))).append(")</button></form>");
        }
        byte[] body = page.append("</main></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /** GET /dev/token?sub=EM-0202&roles=hub,officer[&person_id=...][&council=...]: a token for anyone. Local runs only. */
    private void devToken(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        String subject = query.get("sub");
        if (subject == null || subject.isBlank()) {
            reply(exchange, 400, "{\"error\":\"sub is required\"}");
            return;
        }
        List<String> roles = query.getOrDefault("roles", "").isBlank() ? List.of()
                : Arrays.stream(query.get("roles").split(",")).map(String::strip).toList();
        Map<String, Object> extra = new HashMap<>();
        if (query.containsKey("person_id")) {
            extra.put("person_id", query.get("person_id"));
        }
        if (query.containsKey("council")) {
            extra.put("council", query.get("council"));
        }
        reply(exchange, 200, tokenResponse(token(subject, roles, extra, Duration.ofHours(8))));
    }

    private static String tokenResponse(String token) {
        return "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
