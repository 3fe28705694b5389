package uk.councilprotocol.enquiries.watch;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.micronaut.context.annotation.Property;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.councilprotocol.contracts.enquiries.v1.AssignmentChange;
import uk.councilprotocol.contracts.enquiries.v1.EnquiriesGrpc;
import uk.councilprotocol.contracts.enquiries.v1.ReassignRequest;
import uk.councilprotocol.contracts.enquiries.v1.WatchAssignedRequest;
import uk.councilprotocol.contracts.training.v1.Person;
import uk.councilprotocol.contracts.training.v1.PersonKind;
import uk.councilprotocol.contracts.training.v1.PersonRegistered;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * WatchAssigned (issue 16): a department's system is told of its enquiries as they change, over a server stream, and
 * of one passed to another department (its reference only), and resumes from its cursor after a disconnect missing nothing and repeating nothing; another department, another
 * council and a councillor are told nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "platform.tenancy.councils", value = "eastmoor,glenmoor")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchAssignedTest {
    static final String ENVIRONMENT = "department:environment-and-place";
    static final String ADULTS = "department:adults-and-communities";

    @Inject
    EmbeddedServer server;
    @Inject
    GrpcEmbeddedServer grpcServer;

    final TestScope scope = TestScope.of(getClass());
    ManagedChannel channel;

    HttpCalls hub(String council) {
        return new HttpCalls(server.getURL().toString()).as(scope.tokenFor(council, "hub-" + council, "hub", "officer"));
    }

    @BeforeAll
    void councillorsAndRoutingRules() {
        channel = GrpcCalls.channel(grpcServer.getPort());
        for (String council : List.of("eastmoor", "glenmoor")) {
            scope.publishFor(council, "training.events.v1", "W-CLLR", PersonRegistered.newBuilder().setPerson(Person.newBuilder()
                    .setId("W-CLLR").setFullName("Cllr Wat " + council).setEmail("w-cllr@" + council + ".example.gov.uk")
                    .setKind(PersonKind.COUNCILLOR).setStartDate("2023-05-08").setActive(true)).build());
            assertThat(hub(council).postJson("/routing-rules", Map.of("category", "Highways", "department", "Environment and Place"))
                    .status()).isEqualTo(201);
        }
        Eventually.assertTrue(() -> scope.count("SELECT count(*) FROM enquiries.councillor WHERE person_id = 'W-CLLR'") == 2,
                Duration.ofSeconds(30), "each council's councillor copied");
    }

    @AfterAll
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    String logged(String council, String subject) {
        HttpCalls.Reply reply = hub(council).postJson("/enquiries", Map.of("councillorId", "W-CLLR", "channel", "letter",
                "subject", subject, "description", "As reported by a resident.", "category", "Highways"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("reference").asText();
    }

    /** A watch held open: what it has been told so far, and a way to hang up. */
    final class Watch implements AutoCloseable {
        final BlockingQueue<AssignmentChange> told = new LinkedBlockingQueue<>();
        private ClientCallStreamObserver<WatchAssignedRequest> call;

        Watch(String token, String cursor) {
            GrpcCalls.withToken(EnquiriesGrpc.newStub(channel), token).watchAssigned(
                    WatchAssignedRequest.newBuilder().setCursor(cursor).build(), new ClientResponseObserver<WatchAssignedRequest, AssignmentChange>() {
                        @Override
                        public void beforeStart(ClientCallStreamObserver<WatchAssignedRequest> requestStream) {
                            call = requestStream;
                        }

                        @Override
                        public void onNext(AssignmentChange change) {
                            told.add(change);
                        }

                        @Override
                        public void onError(Throwable t) {
                        }

                        @Override
                        public void onCompleted() {
                        }
                    });
        }

        AssignmentChange next() throws InterruptedException {
            AssignmentChange change = told.poll(20, TimeUnit.SECONDS);
            assertThat(change).as("told within 20 s").isNotNull();
            return change;
        }

        /** The next change about this enquiry, passing over what a watch that lags may be told first. */
        AssignmentChange nextAbout(String reference) throws InterruptedException {
            AssignmentChange change = next();
            while (!change.getEnquiry().getReference().equals(reference)) {
                change = next();
            }
            return change;
        }

        @Override
        public void close() {
            call.cancel("done watching", null);
        }
    }

    @Test
    void aDepartmentsSystemIsToldOfItsEnquiriesAndResumesFromItsCursor() throws Exception {
        String environmentSystem = scope.tokenFor("eastmoor", "environment-lms", "service", ENVIRONMENT);
        String cursor;
        try (Watch environment = new Watch(environmentSystem, "");
             Watch adults = new Watch(scope.tokenFor("eastmoor", "adults-lms", "service", ADULTS), "")) {
            AssignmentChange watching = environment.next();
            assertThat(watching.getChange()).isEqualTo("watching");
            assertThat(watching.hasEnquiry()).isFalse();
            assertThat(adults.next().getChange()).isEqualTo("watching");

            String first = logged("eastmoor", "Streetlight out on Mill Lane");
            logged("glenmoor", "Streetlight out on Loch Road");   // the same department's name in another council
            String second = logged("eastmoor", "Fly-tipping in Back Lane");
            // in order for each enquiry, not across them (the stream is partitioned by enquiry)
            List<AssignmentChange> both = List.of(environment.next(), environment.next());
            assertThat(both).extracting(c -> c.getEnquiry().getReference()).as("nothing of Glenmoor's")
                    .containsExactlyInAnyOrder(first, second);
            AssignmentChange loggedChange = both.stream().filter(c -> c.getEnquiry().getReference().equals(first)).findFirst().orElseThrow();
            assertThat(loggedChange.getChange()).isEqualTo("logged");
            assertThat(loggedChange.getEnquiry().getSubject()).isEqualTo("Streetlight out on Mill Lane");
            assertThat(loggedChange.getEnquiry().getAssignmentsList()).extracting(a -> a.getDepartment()).contains("Environment and Place");
            assertThat(loggedChange.getCursor()).isNotEqualTo(watching.getCursor());

            // the first moves to Adults: its system is told; Environment's is told it has gone, by its reference only
            GrpcCalls.withToken(EnquiriesGrpc.newBlockingStub(channel), scope.tokenFor("eastmoor", "hub-eastmoor", "hub", "officer"))
                    .withDeadlineAfter(10, TimeUnit.SECONDS).reassign(ReassignRequest.newBuilder().setReference(first)
                            .setFromDepartment("Environment and Place").setToDepartment("Adults and Communities")
                            .setReason("A care matter").build());
            AssignmentChange moved = adults.nextAbout(first);
            while (!moved.getChange().equals("assigned")) {
                moved = adults.nextAbout(first);
            }
            assertThat(moved.getEnquiry().getAssignmentsList()).extracting(a -> a.getDepartment()).contains("Adults and Communities");
            assertThat(adults.told.stream().map(c -> c.getEnquiry().getReference())).as("never Environment's other enquiry")
                    .doesNotContain(second);
            AssignmentChange left = environment.next();
            assertThat(left.getChange()).isEqualTo("unassigned");
            // the last cursor it was given, as a system keeps it: resuming from an earlier one would rightly tell it of
            // the move again, before or after the one logged while away (the two may sit in different partitions)
            cursor = left.getCursor();
            assertThat(left.getReference()).isEqualTo(first);
            assertThat(left.hasEnquiry()).as("what it is now is not Environment's to read").isFalse();
            assertThat(moved.getReference()).isEqualTo(first);
            assertThat(adults.told.stream().map(AssignmentChange::getChange)).as("Adults never had it before").doesNotContain("unassigned");
            assertThat(environment.told.poll(2, TimeUnit.SECONDS)).as("nothing of Glenmoor's, nor more of the one that left").isNull();
        }

        String whileAway = logged("eastmoor", "Blocked drain on Station Road");
        try (Watch resumed = new Watch(environmentSystem, cursor)) {
            String resumedAt = resumed.next().getCursor();
            assertThat(resumedAt).as("where it left off").isEqualTo(cursor);
            AssignmentChange missed = resumed.next();
            assertThat(missed.getEnquiry().getReference()).as("the one logged while it was away, and nothing it was told before")
                    .isEqualTo(whileAway);
            assertThat(missed.getChange()).isEqualTo("logged");
        }
    }

    @Test
    void aCursorBeyondTheStreamStartsFromItsEnd() throws Exception {
        String now;
        try (Watch fromNow = new Watch(scope.tokenFor("eastmoor", "environment-lms", "service", ENVIRONMENT), "")) {
            fromNow.next();
            String hedge = logged("eastmoor", "Hedge overhanging the path");
            now = fromNow.nextAbout(hedge).getCursor();   // the stream has it: every partition is known
        }
        String farAhead = now.replaceAll("-\\d+", "-999999999");   // every partition, far past its end
        try (Watch beyond = new Watch(scope.tokenFor("eastmoor", "environment-lms", "service", ENVIRONMENT), farAhead)) {
            assertThat(beyond.next().getCursor()).as("not replayed from the start").isEqualTo(now);
        }
    }

    @Test
    void aCouncillorMayNotWatchAndABadCursorIsNamed() {
        var councillor = GrpcCalls.withToken(EnquiriesGrpc.newBlockingStub(channel), scope.tokenFor("eastmoor", "W-CLLR", "councillor"))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> councillor.watchAssigned(WatchAssignedRequest.getDefaultInstance()).hasNext())
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        var system = GrpcCalls.withToken(EnquiriesGrpc.newBlockingStub(channel), scope.tokenFor("eastmoor", "environment-lms", "service", ENVIRONMENT))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> system.watchAssigned(WatchAssignedRequest.newBuilder().setCursor("from the start please").build()).hasNext())
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcCalls.badRequestFields(e)).containsExactly("cursor");
                });
    }
}
