package uk.councilprotocol.console.enquiries;

import io.grpc.StatusRuntimeException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.councilprotocol.console.FormErrors;
import uk.councilprotocol.console.Page;
import uk.councilprotocol.console.Pages;
import uk.councilprotocol.console.backend.Backends;
import uk.councilprotocol.console.signin.Csrf;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.console.signin.Sessions;
import uk.councilprotocol.contracts.enquiries.v1.BodyRemit;
import uk.councilprotocol.contracts.enquiries.v1.ListBodyRemitsRequest;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Protocol 9.1.13 for the Monitoring Officer: each body's remit, the enquiry categories its co-opted members may raise.
 * enquiries-service checks the role and the categories; its errors name the field.
 */
@Controller("/enquiries/remits")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RemitsController {
    private final Backends backends;
    private final Pages pages;

    public RemitsController(Backends backends, Pages pages) {
        this.backends = backends;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> remits(HttpRequest<?> request, @Nullable @QueryValue String saved) {
        return pages.ok(request, "remits", model(Sessions.of(request), List.of(), Map.of(), saved == null ? "" : saved));
    }

    /** The form's checked categories are the body's remit; none checked removes it. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, @Body Map<String, String> form) {
        Session session = Sessions.of(request);
        Csrf.check(session, form);
        String body = form.getOrDefault("body", "").strip();
        // one box each, named category-{n} with the category as its value: a form's repeated names do not bind
        List<String> categories = form.entrySet().stream().filter(e -> e.getKey().startsWith("category-"))
                .map(Map.Entry::getValue).toList();
        try {
            backends.bodyRemits(session).setBodyRemit(BodyRemit.newBuilder().setBody(body).addAllCategories(categories).build());
            return HttpResponse.seeOther(URI.create("/enquiries/remits?saved=" + java.net.URLEncoder.encode(body,
                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (StatusRuntimeException e) {
            return pages.render(HttpStatus.BAD_REQUEST, request, "remits", model(session, FormErrors.of(e), Map.of("body", body), ""));
        }
    }

    private Map<String, Object> model(Session session, List<FormErrors.FieldError> errors, Map<String, String> form, String saved) {
        var remits = backends.bodyRemits(session).listBodyRemits(ListBodyRemitsRequest.getDefaultInstance());
        return Page.model(session, "Co-opted members' remits", "remits", "remits", remits.getRemitsList(),
                "categories", remits.getCategoriesList(),
                "errors", errors, "form", form, "saved", saved);
    }
}
