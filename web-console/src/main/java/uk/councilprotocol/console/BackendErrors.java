package uk.councilprotocol.console;

import io.grpc.StatusRuntimeException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;

import java.util.Map;

/** What a person sees when a service says no, or is not there: a plain page, never a stack trace. */
@Controller
public class BackendErrors {
    private final Pages pages;

    public BackendErrors(Pages pages) {
        this.pages = pages;
    }

    @Error(global = true, exception = StatusRuntimeException.class)
    public HttpResponse<String> backend(HttpRequest<?> request, StatusRuntimeException e) {
        HttpStatus status;
        String title;
        String message;
        switch (e.getStatus().getCode()) {
            case PERMISSION_DENIED, UNAUTHENTICATED -> {
                status = HttpStatus.FORBIDDEN;
                title = "You do not have access to this page";
                String why = e.getStatus().getDescription();
                message = why != null && why.contains("has closed") ? "Your " + why + "."
                        : "Your role does not include this. Ask the Monitoring Officer's team if you think it should.";
            }
            case NOT_FOUND -> {
                status = HttpStatus.NOT_FOUND;
                title = "Page not found";
                message = e.getStatus().getDescription();
            }
            default -> {
                status = HttpStatus.SERVICE_UNAVAILABLE;
                title = "Sorry, there is a problem with the service";
                message = "Part of the platform is not answering right now. Try again in a few minutes.";
            }
        }
        return pages.render(status, request, "signed-out", Map.of("title", title, "message", message == null ? "" : message));
    }
}
