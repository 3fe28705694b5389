package uk.councilprotocol.platform.errors;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** RFC 9457 problem details, as every service answers an HTTP error. */
public final class HttpProblems {
    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private HttpProblems() {
    }

    @Serdeable
    public record Problem(String type, String title, int status, String detail, List<FieldViolation> violations) {
    }

    public static MutableHttpResponse<Problem> response(HttpStatus status, String detail, List<FieldViolation> violations) {
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail, violations);
        return HttpResponse.<Problem>status(status).contentType(PROBLEM_JSON).body(problem);
    }
}
