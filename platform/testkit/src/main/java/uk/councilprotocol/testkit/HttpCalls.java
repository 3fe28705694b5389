package uk.councilprotocol.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls a service's HTTP API as any client would, and reads the JSON it answers. */
public final class HttpCalls {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;
    private final String traceParent;

    public HttpCalls(String baseUrl) {
        this(baseUrl, null, null);
    }

    private HttpCalls(String baseUrl, String token, String traceParent) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
        this.traceParent = traceParent;
    }

    /** The same client, sending {@code Authorization: Bearer <token>}. */
    public HttpCalls as(String bearerToken) {
        return new HttpCalls(baseUrl, bearerToken, traceParent);
    }

    /** The same client, its calls part of the caller's trace (W3C {@code traceparent}, see {@link TraceParent}). */
    public HttpCalls inTrace(String traceParent) {
        return new HttpCalls(baseUrl, token, traceParent);
    }

    public record Reply(int status, String contentType, String body) {
        /** The fields a 400 problem names (its "violations"); any other answer fails, showing its body. */
        public java.util.List<String> violationFields() {
            if (status != 400) {
                throw new AssertionError("expected 400 naming fields, got " + status + ": " + body);
            }
            return json().get("violations").findValuesAsText("field");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A file as downloaded: the bytes untouched, with the headers that say what it is. */
    public record Download(int status, String contentType, String disposition, byte[] bytes) {
    }

    /** A downloaded zip's entries, by name, each read as UTF-8 text (the exports are CSV). */
    public static java.util.Map<String, String> unzip(byte[] zip) {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (var entries = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), new String(entries.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("not a zip", e);
        }
        return files;
    }

    public Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply put(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply postJson(String path, Object body) {
        return post(path, "application/json", toJson(body));
    }

    public Reply send(String method, String path) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Any method with a body of raw bytes (which need not be valid UTF-8, JSON or anything else). */
    public Reply sendBytes(String method, String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (traceParent != null) {
                request.header("traceparent", traceParent);
            }
            HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
            HttpResponse<String> response;
            try {
                response = client.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // The server may close a kept-alive connection after answering a request whose body it did not
                // read (a refused upload); the next request on it gets no bytes at all. Sent again, it opens a new one.
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                response = client.send(built, HttpResponse.BodyHandlers.ofString());
            }
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
