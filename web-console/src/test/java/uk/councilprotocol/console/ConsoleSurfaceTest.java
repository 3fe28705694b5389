package uk.councilprotocol.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's own surface, without the services or an identity provider: every page asks for sign-in, GOV.UK
 * Frontend's assets are served, and a page that fails to render answers at once with an error page. The sign-in
 * itself is tested against the dev provider with the platform running (e2e-tests' ConsoleSignInTest).
 */
@MicronautTest
class ConsoleSurfaceTest {
    @Inject
    EmbeddedServer server;
    @Inject
    Pages pages;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageAsksForSignIn() throws Exception {
        for (String page : new String[]{"/", "/compliance", "/plans", "/enquiries", "/enquiries/MEM-26-0001", "/oauth/login/council"}) {
            HttpResponse<String> reply = get(page);
            assertThat(reply.statusCode()).as(page).isEqualTo(303);
            assertThat(reply.headers().firstValue("Location")).as(page).hasValue("/sign-in");
        }
    }

    @Test
    void exposesPrometheusMetricsWithoutSignIn() throws Exception {
        get("/static/console.css");
        HttpResponse<String> metrics = get("/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds_count");
    }

    @Test
    void govukFrontendIsServedWithoutSignIn() throws Exception {
        assertThat(get("/govuk/govuk-frontend.min.css").statusCode()).isEqualTo(200);
        assertThat(get("/govuk/govuk-frontend.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/assets/images/favicon.ico").statusCode()).isEqualTo(200);
        assertThat(get("/static/console.css").body()).contains("arial");
    }

    @Test
    void aPageThatFailsToRenderAnswersWithAnErrorPage() {
        var broken = pages.ok(HttpRequest.GET("/"), "broken", Map.of());
        assertThat(broken.code()).isEqualTo(500);
        assertThat(broken.body()).contains("Sorry, there is a problem with the service");
        var fine = pages.ok(HttpRequest.GET("/"), "signed-out", Map.of("title", "Signed out", "message", "Bye"));
        assertThat(fine.code()).isEqualTo(200);
        assertThat(fine.body()).contains("<h1 class=\"govuk-heading-l\">Signed out</h1>");
    }
}
