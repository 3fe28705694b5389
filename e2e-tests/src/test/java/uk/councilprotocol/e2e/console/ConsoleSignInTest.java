package uk.councilprotocol.e2e.console;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.ServiceSpec;
import uk.councilprotocol.e2e.SharedPlatform;
import uk.councilprotocol.testkit.DevTokenIssuer;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's sign-in, as a browser does it but without one, against the running platform and the dev identity
 * provider (which checks PKCE, puts the nonce in the ID token and offers RP-initiated logout, as Keycloak and
 * Entra ID do): what the console asks the provider for, a sign-in that opens a session, a sign-out that ends it
 * at the provider too, and returns the console did not start.
 */
@ExtendWith(SharedPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSignInTest {
    Platform platform;
    String console;

    @BeforeAll
    void start(Platform shared) {
        platform = shared;
        console = platform.service(ServiceSpec.CONSOLE).httpUrl();
    }

    /** A browser without a window (the package's Browser is Chromium's): its own cookies, no redirect followed. */
    record HttpBrowser(HttpClient client, CookieManager cookies) {
        static HttpBrowser fresh() {
            CookieManager cookies = new CookieManager();
            return new HttpBrowser(HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build(), cookies);
        }

        HttpResponse<String> get(String url) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String url, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        List<String> cookieNames() {
            return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).toList();
        }
    }

    static URI location(HttpResponse<?> reply) {
        return URI.create(reply.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + reply.statusCode())));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    /** Sign-in up to the provider's answer: the address the provider sends the browser back to, with its code. */
    URI chooseAtTheProvider(HttpBrowser browser, String subject) throws Exception {
        URI authorize = location(browser.get(console + "/sign-in"));
        return location(browser.post(platform.tokens().url() + "/authorize", DevTokenIssuer.signInForm(authorize, subject)));
    }

    @Test
    void theSignInAsksTheProviderForACodeWithStateNonceAndAPkceChallenge() throws Exception {
        HttpBrowser browser = HttpBrowser.fresh();
        HttpResponse<String> signIn = browser.get(console + "/sign-in");
        assertThat(signIn.statusCode()).isEqualTo(302);
        URI authorize = location(signIn);
        assertThat(authorize.toString()).startsWith(platform.tokens().url() + "/authorize?");
        Map<String, String> asked = query(authorize);
        assertThat(asked).containsEntry("response_type", "code").containsEntry("client_id", "web-console")
                .containsEntry("redirect_uri", console + "/oauth/callback/council").containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "nonce");
        assertThat(asked.get("scope")).contains("openid");
        assertThat(asked.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");   // a SHA-256 hash, base64url
        // state, nonce and the PKCE verifier wait in the browser's cookies, so any console replica can finish the sign-in
        assertThat(browser.cookieNames()).contains("OAUTH2_STATE", "OPENID_NONCE", "OAUTH2_PKCE").doesNotContain("console_session");
    }

    @Test
    void signingInOpensASessionAndSigningOutEndsItHereAndAtTheProvider() throws Exception {
        HttpBrowser browser = HttpBrowser.fresh();
        URI callback = chooseAtTheProvider(browser, "hr-amy");
        assertThat(callback.toString()).startsWith(console + "/oauth/callback/council?");
        HttpResponse<String> landed = browser.get(callback.toString());
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(303);
        assertThat(location(landed)).hasToString("/");
        assertThat(browser.cookieNames()).contains("console_session");
        assertThat(signIns("signed-in")).isPositive();
        HttpResponse<String> home = browser.get(console + "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Amy Hart");

        HttpResponse<String> signOut = browser.post(console + "/sign-out", "");
        assertThat(signOut.statusCode()).isEqualTo(303);
        URI logout = location(signOut);
        assertThat(logout.toString()).startsWith(platform.tokens().url() + "/logout?");
        assertThat(query(logout)).containsEntry("post_logout_redirect_uri", console + "/signed-out")
                .containsEntry("client_id", "web-console").containsKey("id_token_hint");
        HttpResponse<String> back = browser.get(logout.toString());
        assertThat(location(back)).hasToString(console + "/signed-out");
        assertThat(platform.tokens().signOuts()).contains(console + "/signed-out");
        assertThat(browser.get(console + "/signed-out").body()).contains("You have signed out");
        HttpResponse<String> after = browser.get(console + "/");
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(location(after)).hasToString("/sign-in");
    }

    @Test
    void aReturnThisConsoleDidNotStartIsRefused() throws Exception {
        double refusedBefore = signIns("refused");
        HttpResponse<String> forged = HttpBrowser.fresh().get(console + "/oauth/callback/council?code=anything&state=made-up");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Sign-in failed");
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("console_session"));
        assertThat(signIns("refused")).as("counted for the alert on refused sign-ins").isEqualTo(refusedBefore + 1);
    }

    /** console_sign_ins_total for an outcome, from the console's /prometheus (0 before the first). */
    double signIns(String outcome) throws Exception {
        String prefix = "console_sign_ins_total{outcome=\"" + outcome + "\"";
        return HttpBrowser.fresh().get(console + "/prometheus").body().lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** A code taken from someone else's sign-in (a link passed on, a code intercepted) opens nothing in another browser. */
    @Test
    void aReturnCarriedToAnotherBrowserIsRefused() throws Exception {
        URI callback = chooseAtTheProvider(HttpBrowser.fresh(), "hr-amy");
        HttpBrowser another = HttpBrowser.fresh();
        HttpResponse<String> reply = another.get(callback.toString());
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("Sign-in failed");
        assertThat(another.cookieNames()).doesNotContain("console_session");
    }

    /** PKCE: an intercepted code is no use even with the console's own secret, without the verifier in its browser's cookie. */
    @Test
    void anInterceptedCodeCannotBeExchangedWithoutItsVerifier() throws Exception {
        HttpBrowser browser = HttpBrowser.fresh();
        URI callback = chooseAtTheProvider(browser, "hr-amy");
        String form = "grant_type=authorization_code&client_id=web-console&client_secret=local-console&code="
                + java.net.URLEncoder.encode(query(callback).get("code"), StandardCharsets.UTF_8) + "&redirect_uri="
                + java.net.URLEncoder.encode(console + "/oauth/callback/council", StandardCharsets.UTF_8);
        HttpResponse<String> exchanged = browser.post(platform.tokens().url() + "/token", form);
        assertThat(exchanged.statusCode()).isEqualTo(400);
        assertThat(exchanged.body()).contains("invalid_grant");
    }

    @Test
    void theProviderRefusingTheSignInGetsAPageNotAnError() throws Exception {
        HttpBrowser browser = HttpBrowser.fresh();
        URI authorize = location(browser.get(console + "/sign-in"));
        String state = query(authorize).get("state");
        HttpResponse<String> reply = browser.get(console + "/oauth/callback/council?error=access_denied&state="
                + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8));
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("Sign-in failed");
    }
}
