package uk.councilprotocol.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.councilprotocol.console.councils.CouncilLogoCache;
import uk.councilprotocol.console.signin.Session;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a page to the end before answering, so a template that fails gives the person an error page at once.
 * (Rendered lazily by the views filter, a Thymeleaf failure leaves the request hanging: micronaut-views#832.)
 */
@Singleton
public class Pages {
    private static final Logger LOG = LoggerFactory.getLogger(Pages.class);
    private static final String BROKEN = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Sorry, there is a "
            + "problem with the service</title></head><body><main><h1>Sorry, there is a problem with the service</h1>"
            + "<p>Try again later. <a href=\"/\">Go to My work</a></p></main></body></html>";

    private final ThymeleafViewsRenderer<Map<String, Object>> renderer;
    private final CouncilLogoCache logos;

    public Pages(ThymeleafViewsRenderer<Map<String, Object>> renderer, CouncilLogoCache logos) {
        this.renderer = renderer;
        this.logos = logos;
    }

    public HttpResponse<String> ok(HttpRequest<?> request, String view, Map<String, Object> model) {
        return render(HttpStatus.OK, request, view, model);
    }

    public MutableHttpResponse<String> render(HttpStatus status, HttpRequest<?> request, String view, Map<String, Object> model) {
        StringWriter page = new StringWriter();
        Map<String, Object> withHeader = new HashMap<>(model);
        // every page's header shows the council's logo when it has one
        withHeader.put("councilLogo", model.get("session") instanceof Session session && logos.logo(session).isPresent());
        try {
            renderer.render(view, withHeader, request).writeTo(page);
        } catch (Exception e) {
            LOG.error("Page {} could not be rendered", view, e);
            return HttpResponse.<String>serverError(BROKEN).contentType(MediaType.TEXT_HTML_TYPE);
        }
        return HttpResponse.<String>status(status).body(page.toString()).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
