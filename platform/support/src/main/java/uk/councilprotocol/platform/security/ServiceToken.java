package uk.councilprotocol.platform.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * This service's own bearer token for calling another service: the OAuth2 client-credentials grant at the
 * council's identity provider (the dev issuer locally), kept until a minute before it expires. Empty when no
 * client is configured, so a call goes out without one and the other service refuses it.
 */
@Singleton
public class ServiceToken {
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant refreshAt = Instant.MIN;

    public ServiceToken(@Nullable @Value("${platform.service-client.token-url:}") String tokenUrl,
                        @Nullable @Value("${platform.service-client.id:}") String clientId,
                        @Nullable @Value("${platform.service-client.secret:}") String clientSecret,
                        JsonMapper json, Clock clock) {
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.json = json;
        this.clock = clock;
    }

    public synchronized Optional<String> current() throws IOException, InterruptedException {
        if (tokenUrl == null || tokenUrl.isBlank()) {
            return Optional.empty();
        }
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IOException("the identity provider refused client '" + clientId + "': HTTP " + reply.statusCode());
            }
            Map<?, ?> body = json.readValue(reply.body(), Map.class);
            token = String.valueOf(body.get("access_token"));
            long expiresIn = body.get("expires_in") instanceof Number n ? n.longValue() : 300;
            refreshAt = clock.instant().plusSeconds(Math.max(0, expiresIn - 60));
        }
        return Optional.of(token);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
