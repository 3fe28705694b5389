package uk.councilprotocol.platform.apidocs;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The service's HTTP API described: its OpenAPI 3 document (written at build time by micronaut-openapi from the
 * controllers, {@code META-INF/swagger/<service>-v1.yml}) and Swagger UI to browse it, from Swagger UI's own webjar
 * (no CDN). Open to anyone: it names routes and fields, never data.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ApiDocsController {
    /** Swagger UI's files in its webjar (the version is the pom's swagger-ui.version). */
    static final String SWAGGER_UI = "classpath:META-INF/resources/webjars/swagger-ui/5.32.8/";
    private static final Map<String, MediaType> UI_FILES = Map.of(
            "swagger-ui.css", MediaType.of("text/css"),
            "swagger-ui-bundle.js", MediaType.of("text/javascript"),
            "favicon-32x32.png", MediaType.IMAGE_PNG_TYPE);

    private final ResourceResolver resources;
    private final String document;
    private final String page;

    public ApiDocsController(ResourceResolver resources, @Value("${micronaut.application.name}") String service) {
        this.resources = resources;
        this.document = "classpath:META-INF/swagger/" + service + "-v1.yml";
        this.page = read("classpath:apidocs/swagger-ui.html").map(String::new)
                .orElseThrow(() -> new IllegalStateException("apidocs/swagger-ui.html missing"))
                .replace("{service}", service);
    }

    @Get(uri = "/openapi.yml", produces = "application/yaml")
    public HttpResponse<byte[]> document() {
        return read(document).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get(uri = "/openapi", produces = MediaType.TEXT_HTML)
    public String ui() {
        return page;
    }

    @Get("/openapi/ui/{file}")
    public HttpResponse<byte[]> uiFile(@PathVariable String file) {
        MediaType type = UI_FILES.get(file);   // only these names: nothing else of the class path is reachable
        if (type == null) {
            return HttpResponse.notFound();
        }
        return read(SWAGGER_UI + file).map(bytes -> HttpResponse.ok(bytes).contentType(type)
                .header("Cache-Control", "public, max-age=86400")).orElseGet(HttpResponse::notFound);
    }

    private Optional<byte[]> read(String location) {
        Optional<InputStream> stream = resources.getResourceAsStream(location);
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = stream.get()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
