package uk.councilprotocol.notifications.mail;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.councilprotocol.contracts.notifications.v1.ListSentMailRequest;
import uk.councilprotocol.contracts.notifications.v1.ListSentMailResponse;
import uk.councilprotocol.contracts.notifications.v1.RemindersGrpc;
import uk.councilprotocol.notifications.TrainingEvents;
import uk.councilprotocol.testkit.Eventually;
import uk.councilprotocol.testkit.GrpcCalls;
import uk.councilprotocol.testkit.HttpCalls;
import uk.councilprotocol.testkit.TestScope;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.councilprotocol.notifications.TrainingEvents.TOPIC;

/** The sent-mail log a page at a time, newest first, searched by recipient or subject, over gRPC and HTTP. */
@MicronautTest(transactional = false)
class SentMailLogTest {
    @Inject
    EmbeddedServer server;
    @Inject
    GrpcEmbeddedServer grpcServer;
    @Inject
    Clock clock;

    final TestScope scope = TestScope.of(getClass());

    @Test
    void theLogIsReadAPageAtATimeAndSearched() throws Exception {
        String run = "log" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 7; i++) {
            String person = run + "-" + i;
            scope.publish(TOPIC, person, TrainingEvents.person(person, "Person " + i, person + "@eastmoor.example.gov.uk", null));
            // long overdue: its overdue notice goes at once
            scope.publish(TOPIC, person, TrainingEvents.assignment(UUID.randomUUID().toString(), person, LocalDate.now(clock).minusDays(100)));
        }
        HttpCalls hr = new HttpCalls(server.getURL().toString()).as(scope.token("hr-amy", "hr"));
        Eventually.assertTrue(() -> hr.get("/mail/sent?pageSize=100&q=" + run).json().size() == 7, Duration.ofSeconds(30),
                "seven emails logged");
        assertThat(hr.get("/mail/sent?pageSize=2&q=" + run).json()).hasSize(2);
        assertThat(hr.get("/mail/sent?q=" + run.toUpperCase()).json().findValuesAsText("recipient"))
                .as("any case").hasSize(7).allSatisfy(to -> assertThat(to).contains(run));

        ManagedChannel channel = GrpcCalls.channel(grpcServer.getPort());
        try {
            var reminders = GrpcCalls.withToken(RemindersGrpc.newBlockingStub(channel), scope.token("mo", "standards"));
            List<String> paged = new ArrayList<>();
            String token = "";
            do {
                ListSentMailResponse page = reminders.listSentMail(ListSentMailRequest.newBuilder().setPageSize(3)
                        .setQuery(run).setPageToken(token).build());
                assertThat(page.getTotalSize()).isEqualTo(7);
                page.getMailList().forEach(m -> paged.add(m.getTo()));
                token = page.getNextPageToken();
            } while (!token.isEmpty());
            assertThat(paged).hasSize(7).doesNotHaveDuplicates();
            assertThat(reminders.listSentMail(ListSentMailRequest.newBuilder().setQuery(run + "-nobody").build()).getTotalSize()).isZero();
            assertThatThrownBy(() -> reminders.listSentMail(ListSentMailRequest.newBuilder().setPageSize(1001).build()))
                    .isInstanceOf(StatusRuntimeException.class).hasMessageContaining("page_size");
            assertThatThrownBy(() -> reminders.listSentMail(ListSentMailRequest.newBuilder().setLimit(-1).build()))
                    .isInstanceOf(StatusRuntimeException.class).hasMessageContaining("limit");
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
