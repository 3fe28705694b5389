package uk.councilprotocol.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A local fake of GOV.UK Notify's API (WireMock): it takes emails as Notify does (201, with the answer its Java client
 * reads) from a caller with a bearer token, and can be told to refuse an address as Notify does — not a valid email
 * address (400), rate limited (429, once) — or to fail (500). What it took is kept to be asserted on.
 */
public final class FakeNotify implements AutoCloseable {
    private static final String EMAIL = "/v2/notifications/email";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The template the fake knows; any other id is not found, as in Notify. */
    public static final String TEMPLATE_ID = "5a8f0b3e-7d1c-4c2b-9e57-2f6b1d3c9a10";
    /** An API key in Notify's form: its name, then the service id and the secret (both UUIDs). */
    public static final String API_KEY = "test_key-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";

    /** One email the fake took: to whom, with which template, subject and body, under which reference, when. */
    public record Email(String to, String templateId, String subject, String body, String reference, Instant at) {
    }

    private final WireMockServer server;

    private FakeNotify(WireMockServer server) {
        this.server = server;
    }

    public static FakeNotify start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        FakeNotify notify = new FakeNotify(server);
        notify.acceptAll();
        return notify;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    private void acceptAll() {
        server.stubFor(post(urlEqualTo(EMAIL)).atPriority(10)
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo(TEMPLATE_ID)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"id": "740e5834-3a29-46b4-9a6f-16142fde533a", "reference": null,
                         "content": {"subject": "accepted", "body": "accepted", "from_email": "council@notifications.service.gov.uk"},
                         "uri": "%1$s/v2/notifications/740e5834-3a29-46b4-9a6f-16142fde533a",
                         "template": {"id": "%2$s", "version": 1, "uri": "%1$s/v2/template/%2$s"}}
                        """.formatted(server.baseUrl(), TEMPLATE_ID))));
        server.stubFor(post(urlEqualTo(EMAIL)).atPriority(20).willReturn(error(400, "BadRequestError", "Template not found")));
    }

    /** Every email to this address is answered as Notify answers an address it will not send to. */
    public void refuseAddress(String address) {
        server.stubFor(post(urlEqualTo(EMAIL)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.email_address", equalTo(address)))
                .willReturn(error(400, "ValidationError", "email_address Not a valid email address")));
    }

    /** The next email to this address meets Notify's rate limit (429); the ones after it are taken. */
    public void rateLimitOnce(String address) {
        server.stubFor(post(urlEqualTo(EMAIL)).atPriority(1).inScenario("rate limit " + address)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("limited")
                .withRequestBody(matchingJsonPath("$.email_address", equalTo(address)))
                .willReturn(error(429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds")));
    }

    /** Every email is answered with a server error (500), as Notify down would, until {@link #recover()}. */
    public void failAll() {
        server.stubFor(post(urlEqualTo(EMAIL)).atPriority(1).withMetadata(java.util.Map.of("failAll", true))
                .willReturn(error(500, "Exception", "Internal server error")));
    }

    /** Emails are taken again after {@link #failAll()}. */
    public void recover() {
        server.getStubMappings().stream().filter(stub -> stub.getMetadata() != null && stub.getMetadata().containsKey("failAll"))
                .toList().forEach(server::removeStub);
    }

    /** Every email the fake took (answered 201), in the order they came. */
    public List<Email> taken() {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals(EMAIL) && event.getResponse().getStatus() == 201)
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(FakeNotify::email).toList();
    }

    public List<Email> takenFor(String address) {
        return taken().stream().filter(email -> email.to().equals(address)).toList();
    }

    /** How many times anyone asked to send to this address, taken or not. */
    public long askedFor(String address) {
        return server.getAllServeEvents().stream().filter(event -> event.getRequest().getUrl().equals(EMAIL))
                .map(FakeNotify::email).filter(email -> email.to().equals(address)).count();
    }

    /** The emails to this address once there are at least {@code count}, waiting up to {@code timeout}. */
    public List<Email> awaitTaken(String address, int count, Duration timeout) {
        return Eventually.get(() -> {
            List<Email> taken = takenFor(address);
            return taken.size() >= count ? taken : null;
        }, timeout, () -> "GOV.UK Notify (fake) took " + takenFor(address).size() + " of " + count + " emails for " + address);
    }

    private static Email email(ServeEvent event) {
        try {
            JsonNode body = JSON.readTree(event.getRequest().getBodyAsString());
            JsonNode personalisation = body.path("personalisation");
            return new Email(body.path("email_address").asText(), body.path("template_id").asText(),
                    personalisation.path("subject").asText(), personalisation.path("body").asText(), body.path("reference").asText(),
                    event.getRequest().getLoggedDate().toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String error, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"status_code\": " + status + ", \"errors\": [{\"error\": \"" + error + "\", \"message\": \"" + message + "\"}]}");
    }

    @Override
    public void close() {
        server.stop();
    }
}
