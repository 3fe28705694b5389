package uk.councilprotocol.platform.errors;

import io.grpc.Status;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A change refused because another made at the same moment got there first: a conflict to retry, not a server error. */
class ConcurrentChangeTest {

    @ParameterizedTest(name = "SQL state {0} → HTTP {1}, gRPC {2}")
    @CsvSource({
            "23505, 409, ABORTED",          // unique_violation: the same thing inserted twice at once
            "40P01, 409, ABORTED",          // deadlock_detected
            "40001, 409, ABORTED",          // serialization_failure
            "23503, 500, INTERNAL",         // foreign_key_violation: the code's own slip, still a server error
    })
    void theDatabasesRefusalIsAnsweredAsAConflictToTryAgain(String state, int http, Status.Code grpc) {
        DataAccessException failure = new DataAccessException("could not insert",
                new SQLException("ERROR: duplicate key value violates unique constraint", state));

        HttpResponse<?> response = new HttpErrorHandlers().dataAccess().handle(HttpRequest.POST("/things", ""), failure);
        assertThat(response.getStatus().getCode()).isEqualTo(http);
        assertThat(GrpcErrorInterceptor.toStatus(failure, "Things/Add").getStatus().getCode()).isEqualTo(grpc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"23505, true", "22021, false", "08006, false"})
    void itLooksThroughTheWrappingsForTheDatabasesWord(String state, boolean concurrent) {
        RuntimeException wrapped = new IllegalStateException("outer", new DataAccessException("inner", new SQLException("x", state)));
        assertThat(ConcurrentChange.refusedByTheDatabase(wrapped)).isEqualTo(concurrent);
        assertThat(ConcurrentChange.refusedByTheDatabase(new IllegalStateException("no SQL at all"))).isFalse();
        assertThat(ConcurrentChange.refusedByTheDatabase(new SQLException("a pool's own, with no state"))).isFalse();
    }
}
