package uk.councilprotocol.platform.errors;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.validation.ConstraintViolationException;
import uk.councilprotocol.platform.security.ForbiddenException;
import uk.councilprotocol.platform.tenancy.UnknownCouncilException;

import java.util.List;

/** The one mapping from domain exceptions to HTTP problem responses; no stack trace or SQL leaves the service. */
@Factory
public class HttpErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(HttpErrorHandlers.class);

    @Singleton
    ExceptionHandler<InvalidInputException, HttpResponse<?>> invalidInput() {
        return (HttpRequest request, InvalidInputException e) ->
                HttpProblems.response(HttpStatus.BAD_REQUEST, "The request has " + e.violations().size()
                        + " problem(s); nothing was changed.", e.violations());
    }

    /** A request record's Bean Validation constraints, reported exactly as the services' own checks are. */
    @Singleton
    @Replaces(ConstraintExceptionHandler.class)
    ExceptionHandler<ConstraintViolationException, HttpResponse<?>> constraintViolations() {
        return (HttpRequest request, ConstraintViolationException e) -> invalidInput().handle(request, ConstraintViolations.toInvalidInput(e));
    }

    @Singleton
    ExceptionHandler<NotFoundException, HttpResponse<?>> notFound() {
        return (HttpRequest request, NotFoundException e) ->
                HttpProblems.response(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    /**
     * The database refused a value the caller sent: bad input (400), not a server error; or a change made at the same
     * moment got there first (409, see ConcurrentChange); or it could not be reached (503, see DatabaseUnavailable);
     * anything else stays a 500.
     */
    @Singleton
    ExceptionHandler<DataAccessException, HttpResponse<?>> dataAccess() {
        return (HttpRequest request, DataAccessException e) -> {
            if (UnstorableText.refusedByTheDatabase(e)) {
                return invalidInput().handle(request, UnstorableText.refusedValue());
            }
            if (UnknownCouncilException.in(e).isPresent()) {
                return unknownCouncil().handle(request, UnknownCouncilException.in(e).get());
            }
            if (ConcurrentChange.refusedByTheDatabase(e)) {
                return HttpProblems.response(HttpStatus.CONFLICT, ConcurrentChange.MESSAGE, List.of());
            }
            return databaseFailure(request, e);
        };
    }

    /** A connection PostgreSQL ended (a restart) when the work began: the caller may try again shortly. */
    @Singleton
    ExceptionHandler<DatabaseUnavailableException, HttpResponse<?>> databaseUnavailable() {
        return HttpErrorHandlers::databaseFailure;
    }

    /** No connection to be had for the work (the database down, or every connection busy past the pool's wait). */
    @Singleton
    ExceptionHandler<ConnectionException, HttpResponse<?>> noConnection() {
        return HttpErrorHandlers::databaseFailure;
    }

    /** A transaction that could not begin or end (its connection lost with the database, say). */
    @Singleton
    ExceptionHandler<TransactionException, HttpResponse<?>> transactionFailed() {
        return HttpErrorHandlers::databaseFailure;
    }

    /** 503 with when to try again if the database could not be reached; otherwise a 500, the failure in the log. */
    private static HttpResponse<?> databaseFailure(HttpRequest<?> request, RuntimeException e) {
        if (DatabaseUnavailable.in(e)) {
            LOG.warn("{} {} refused, the database unavailable: {}", request.getMethodName(), request.getPath(),
                    DatabaseUnavailable.innermost(e));
            return HttpProblems.response(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE, List.of())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        LOG.error("Database failure in {} {}", request.getMethodName(), request.getPath(), e);
        return HttpProblems.response(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error; see the service log", List.of());
    }

    @Singleton
    ExceptionHandler<ForbiddenException, HttpResponse<?>> forbidden() {
        return (HttpRequest request, ForbiddenException e) ->
                HttpProblems.response(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }

    /** A council closed between the request's check and its database work (the database refused it): forbidden. */
    @Singleton
    ExceptionHandler<UnknownCouncilException, HttpResponse<?>> unknownCouncil() {
        return (HttpRequest request, UnknownCouncilException e) ->
                HttpProblems.response(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }

    @Singleton
    ExceptionHandler<ConflictException, HttpResponse<?>> conflict() {
        return (HttpRequest request, ConflictException e) ->
                HttpProblems.response(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }
}
