package uk.councilprotocol.platform.errors;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Makes the framework's own errors (unknown route, unreadable JSON, failed bean validation) answer as
 * problem details too, naming the field where the framework knows it.
 */
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<HttpProblems.Problem> {

    @Override
    @NonNull
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<HttpProblems.Problem> processResponse(@NonNull ErrorContext context,
                                                                     @NonNull MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<HttpProblems.Problem>) response;
        }
        if (response.code() >= 500) {
            // The cause is in the log; the caller gets no exception text, stack trace or SQL.
            HttpProblems.Problem problem = new HttpProblems.Problem("about:blank", response.reason(), response.code(),
                    "The service could not complete the request; it has been logged.", List.of());
            return ((MutableHttpResponse<HttpProblems.Problem>) response).contentType(HttpProblems.PROBLEM_JSON).body(problem);
        }
        List<FieldViolation> violations = context.getErrors().stream()
                .map(e -> FieldViolation.of(e.getPath().orElse(""), e.getMessage()))
                .toList();
        String detail = violations.isEmpty() ? response.reason()
                : violations.stream().map(FieldViolation::describe).reduce((a, b) -> a + "; " + b).orElse("");
        HttpProblems.Problem problem = new HttpProblems.Problem("about:blank", response.reason(),
                response.code(), detail, violations);
        return ((MutableHttpResponse<HttpProblems.Problem>) response).contentType(HttpProblems.PROBLEM_JSON).body(problem);
    }
}
