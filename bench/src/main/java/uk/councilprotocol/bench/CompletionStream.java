package uk.councilprotocol.bench;

import io.grpc.Channel;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.testkit.GrpcCalls;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * A department's system recording completions over gRPC at a steady rate: each call that answers OK is a completion
 * training accepted (its id is the key), and so owes one {@code CompletionRecorded} event that notifications consumes.
 * Every call is a new (person, course, day), so none is an idempotent repeat of another, in this round or any other.
 */
final class CompletionStream {
    private static final int ROUND_DAYS = 5;

    private CompletionStream() {
    }

    /** @param round the fault's number, so each fault's completions are dated days apart from every other's */
    static SteadyStream start(Channel training, String token, int people, int round, LocalDate today) {
        CompletionsGrpc.CompletionsBlockingStub completions = GrpcCalls.withToken(CompletionsGrpc.newBlockingStub(training), token);
        int perDay = people * RosterFile.COURSES.length;
        return new SteadyStream("completion-stream", Faults.PER_SECOND, n -> {
            if (n >= perDay * ROUND_DAYS) {
                throw new IllegalStateException("a round of more than " + perDay * ROUND_DAYS + " completions would repeat one");
            }
            LocalDate day = today.minusDays(1 + (long) round * ROUND_DAYS + n / perDay);
            return completions.withDeadlineAfter(20, TimeUnit.SECONDS).recordCompletion(RecordCompletionRequest.newBuilder()
                    .setPersonId(RosterFile.id(n % people)).setCourseCode(RosterFile.COURSES[(n / people) % RosterFile.COURSES.length])
                    .setCompletedOn(day.toString()).setProvider("faults").build()).getCompletion().getId();
        });
    }
}
