package uk.councilprotocol.console.backend;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.console.signin.Session;
import uk.councilprotocol.contracts.training.v1.ComplianceGrpc;
import uk.councilprotocol.contracts.training.v1.CompletionsGrpc;
import uk.councilprotocol.contracts.training.v1.GetPersonComplianceRequest;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonCompliance;
import uk.councilprotocol.contracts.training.v1.RecordCompletionRequest;
import uk.councilprotocol.contracts.training.v1.RecordCompletionResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The console's channels, over a real gRPC server on a port that answers as training-service would while its
 * database restarts: a read is tried again until it is answered, a change is not, and neither is a refusal for good.
 */
class ReadRetriesTest {
    private static final Session HR = new Session("s1", "token", "id-token", "amy", "Amy Hart", "P-1", List.of("hr"),
            "Riverside", "csrf", Instant.parse("2026-12-08T12:00:00Z"));

    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();
    private Status refusal = Status.UNAVAILABLE.withDescription("the database is not answering");
    private Server training;
    private Backends backends;

    @BeforeEach
    void start() throws IOException {
        training = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                .addService(new ComplianceGrpc.ComplianceImplBase() {
                    @Override
                    public void getPersonCompliance(GetPersonComplianceRequest request, StreamObserver<PersonCompliance> answer) {
                        calls.add("GetPersonCompliance " + request.getPersonId());
                        if (refusalsLeft.getAndDecrement() > 0) {
                            answer.onError(refusal.asRuntimeException());
                            return;
                        }
                        answer.onNext(PersonCompliance.newBuilder().setPerson(Person.newBuilder().setId(request.getPersonId())).build());
                        answer.onCompleted();
                    }
                })
                .addService(new CompletionsGrpc.CompletionsImplBase() {
                    @Override
                    public void recordCompletion(RecordCompletionRequest request, StreamObserver<RecordCompletionResponse> answer) {
                        calls.add("RecordCompletion " + request.getPersonId());
                        answer.onError(refusal.asRuntimeException());
                    }
                })
                .build().start();
        BackendSettings settings = new BackendSettings();
        settings.setTraining("localhost:" + training.getPort());
        backends = new Backends(settings);
    }

    @AfterEach
    void stop() {
        backends.close();
        training.shutdownNow();
    }

    @Test
    void aReadRefusedUnavailableIsTriedAgainUntilItIsAnswered() {
        refusalsLeft.set(3);

        PersonCompliance page = backends.compliance(HR).getPersonCompliance(GetPersonComplianceRequest.newBuilder().setPersonId("P-7").build());

        assertThat(page.getPerson().getId()).isEqualTo("P-7");
        assertThat(calls).containsExactly("GetPersonCompliance P-7", "GetPersonCompliance P-7", "GetPersonCompliance P-7",
                "GetPersonCompliance P-7");
    }

    @Test
    void aReadStillRefusedAfterFiveTriesIsRefusedToThePage() {
        refusalsLeft.set(100);

        assertThatThrownBy(() -> backends.compliance(HR).getPersonCompliance(GetPersonComplianceRequest.newBuilder().setPersonId("P-7").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
        assertThat(calls).hasSize(ReadRetries.MAX_ATTEMPTS);
    }

    @Test
    void aChangeRefusedUnavailableIsNotSentAgain() {
        assertThatThrownBy(() -> backends.completions(HR).recordCompletion(RecordCompletionRequest.newBuilder().setPersonId("P-7").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
        assertThat(calls).containsExactly("RecordCompletion P-7");
    }

    @Test
    void aReadRefusedForGoodIsNotTriedAgain() {
        refusal = Status.PERMISSION_DENIED.withDescription("not yours to see");
        refusalsLeft.set(1);

        assertThatThrownBy(() -> backends.compliance(HR).getPersonCompliance(GetPersonComplianceRequest.newBuilder().setPersonId("P-7").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        assertThat(calls).hasSize(1);
    }

    @Test
    void onlyTheUnaryGetsAndListsAreReads() {
        assertThat(ComplianceGrpc.getServiceDescriptor().getMethods()).allMatch(ReadRetries::isRead);
        assertThat(ReadRetries.isRead(CompletionsGrpc.getRecordCompletionMethod())).isFalse();
        assertThat(ReadRetries.isRead(CompletionsGrpc.getRecordCompletionsMethod())).isFalse();
        assertThat(ReadRetries.isRead(CompletionsGrpc.getExportCompletionsMethod())).as("a stream of chunks").isFalse();
        assertThat(ReadRetries.isRead(CompletionsGrpc.getListPersonCompletionsMethod())).isTrue();
    }
}
