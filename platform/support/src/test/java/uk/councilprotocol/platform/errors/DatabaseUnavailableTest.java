package uk.councilprotocol.platform.errors;

import io.grpc.Status;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database out of reach is the platform's passing trouble, to try again shortly: never an internal error. */
class DatabaseUnavailableTest {
    final HttpErrorHandlers handlers = new HttpErrorHandlers();
    final HttpRequest<String> request = HttpRequest.POST("/things", "");

    @ParameterizedTest(name = "SQL state {0} → HTTP {1}, gRPC {2}")
    @CsvSource({
            "57P01, 503, UNAVAILABLE",      // admin_shutdown: PostgreSQL stopping or restarting ended the connection
            "57P02, 503, UNAVAILABLE",      // crash_shutdown
            "57P03, 503, UNAVAILABLE",      // cannot_connect_now: still starting
            "08006, 503, UNAVAILABLE",      // connection_failure: the connection broke mid-statement
            "08001, 503, UNAVAILABLE",      // sqlclient_unable_to_establish_sqlconnection
            "23503, 500, INTERNAL",         // foreign_key_violation: the code's own slip, still a server error
            "22021, 400, INVALID_ARGUMENT", // a value the database cannot store: the caller's input
    })
    void theDatabasesStateDecidesWhatTheCallerIsTold(String state, int http, Status.Code grpc) {
        DataAccessException failure = new DataAccessException("could not run the statement", new SQLException("FATAL: ...", state));

        HttpResponse<?> response = handlers.dataAccess().handle(request, failure);
        assertThat(response.getStatus().getCode()).isEqualTo(http);
        assertThat(response.getHeaders().get(HttpHeaders.RETRY_AFTER)).isEqualTo(http == 503 ? "5" : null);
        assertThat(GrpcErrorInterceptor.toStatus(failure, "Things/Add").getStatus().getCode()).isEqualTo(grpc);
    }

    @Test
    void noConnectionToBeHadIsUnavailableWhereverItSurfaces() {
        // HikariCP's answer when no connection comes within its wait; what PgJDBC says when nothing listens
        SQLTransientConnectionException poolWait = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException("Connection refused"));

        assertThat(handlers.noConnection().handle(request, new ConnectionException("Failed to obtain a connection", poolWait))
                .getStatus().getCode()).isEqualTo(503);
        assertThat(handlers.transactionFailed().handle(request, new CannotCreateTransactionException("Could not open Connection", refused))
                .getStatus().getCode()).isEqualTo(503);
        assertThat(handlers.databaseUnavailable().handle(request, new DatabaseUnavailableException(refused))
                .getStatus().getCode()).isEqualTo(503);
        // the pool's proxy of a connection it closed, used again as the work ends (Micronaut resetting read-only)
        ConnectionException closedUnderTheWork = new ConnectionException("Could not set JDBC Connection read-only: Connection is closed",
                new SQLException("Connection is closed"));
        assertThat(handlers.noConnection().handle(request, closedUnderTheWork).getStatus().getCode()).isEqualTo(503);
        assertThat(DatabaseUnavailable.in(new SQLException("Statement is closed"))).isFalse();
        assertThat(GrpcErrorInterceptor.toStatus(new IllegalStateException("outer", poolWait), "Things/Add").getStatus())
                .satisfies(status -> assertThat(status.getCode()).isEqualTo(Status.Code.UNAVAILABLE))
                .satisfies(status -> assertThat(status.getDescription()).isEqualTo(DatabaseUnavailable.MESSAGE));
    }

    @Test
    void aTransactionThatFailedForAnotherReasonStaysAServerError() {
        HttpResponse<?> response = handlers.transactionFailed().handle(request,
                new CannotCreateTransactionException("no transaction manager for this data source"));
        assertThat(response.getStatus().getCode()).isEqualTo(500);
        assertThat(response.getHeaders().get(HttpHeaders.RETRY_AFTER)).isNull();
        assertThat(DatabaseUnavailable.in(new IllegalStateException("no SQL at all"))).isFalse();
        // another part out of reach (the mail server, say) is not the database
        assertThat(DatabaseUnavailable.in(new java.io.UncheckedIOException(new ConnectException("Connection refused")))).isFalse();
    }
}
